import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@duban/config';
import { checkStoredBulletin, issueBulletin } from '@duban/bulletin-record';
import { renderBulletinXlsx, type BulletinSnapshot } from '@duban/bulletins';
import { BULLETIN_WORKFLOW, bulletinWorkflowId, ITEM_TASK_QUEUE } from '@duban/contracts';
import { notFound } from '@duban/domain';
import { BulletinEntity, UserEntity } from '@duban/persistence';
import { renderBulletinPdfOffThread } from './bulletin-pdf-thread';
import type { BulletinCheckView, BulletinPageView, BulletinSummaryView, BulletinView } from './bulletin.dto';

/** The bulletins: made from the timeline as of a cut-off, kept as issued, rendered on request. */
@Injectable()
export class BulletinsService {
  private readonly logger = new Logger(BulletinsService.name);
  private readonly rendered = new Map<string, Promise<Buffer>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly temporal: Client,
  ) {}

  /**
   * Makes the bulletin of a cut-off (or finds it), with its notice recorded in the same transaction;
   * then the bulletin workflow delivers the notice on the channels (retried there). Temporal away,
   * the bulletin and the inbox entries stand, and the deliveries wait.
   */
  async make(cutoff: Date, madeBy: string): Promise<BulletinView> {
    const { bulletin, created } = await issueBulletin(this.db, this.config, { cutoff, madeBy });
    const at = bulletin.cutoff.toISOString();
    await this.temporal.workflow
      .start(BULLETIN_WORKFLOW, {
        workflowId: bulletinWorkflowId(at),
        taskQueue: ITEM_TASK_QUEUE,
        args: [{ cutoff: at, madeBy }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      })
      .catch((error: Error) =>
        this.logger.warn(`bulletin ${bulletin.id}: notice not handed to Temporal: ${error.message}`),
      );
    return { ...(await this.view(bulletin)), created };
  }

  async page(page: number, pageSize: number): Promise<BulletinPageView> {
    const [rows, total] = await this.db.getRepository(BulletinEntity).findAndCount({
      order: { cutoff: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const makers = await this.makers(rows);
    return { bulletins: rows.map((b) => this.summary(b, makers)), total, page, pageSize };
  }

  async one(id: string): Promise<BulletinView> {
    return { ...(await this.view(await this.find(id))), created: false };
  }

  async xlsx(id: string): Promise<{ name: string; body: Buffer }> {
    const bulletin = await this.find(id);
    const body = await this.renderedOnce(bulletin, 'xlsx', () => renderBulletinXlsx(snapshotOf(bulletin)));
    return { name: fileName(bulletin, 'xlsx'), body };
  }

  async pdf(id: string): Promise<{ name: string; body: Buffer }> {
    const bulletin = await this.find(id);
    const body = await this.renderedOnce(bulletin, 'pdf', () => renderBulletinPdfOffThread(snapshotOf(bulletin)));
    return { name: fileName(bulletin, 'pdf'), body };
  }

  /**
   * A stored bulletin never changes, and a PDF takes seconds of the API's one thread: each file is
   * rendered once, and requests that come while it renders wait for that render (a leaders' burst
   * of one week's bulletin no longer stalls every other request for tens of seconds).
   */
  private renderedOnce(bulletin: BulletinEntity, format: 'xlsx' | 'pdf', render: () => Promise<Buffer>) {
    const key = `${bulletin.id}:${bulletin.contentSha256}:${format}`;
    let file = this.rendered.get(key);
    if (!file) {
      file = render();
      this.rendered.set(key, file);
      file.catch(() => this.rendered.delete(key)); // a failed render is tried again next time
      if (this.rendered.size > RENDERED_KEPT) this.rendered.delete(this.rendered.keys().next().value as string);
    }
    return file;
  }

  async check(id: string): Promise<BulletinCheckView> {
    const bulletin = await this.find(id);
    return checkStoredBulletin(this.db.manager, this.config, bulletin);
  }

  private async find(id: string): Promise<BulletinEntity> {
    const bulletin = await this.db.getRepository(BulletinEntity).findOneBy({ id });
    if (!bulletin) throw notFound(`bulletin ${id} not found`);
    return bulletin;
  }

  private async view(bulletin: BulletinEntity): Promise<Omit<BulletinView, 'created'>> {
    return { ...this.summary(bulletin, await this.makers([bulletin])), snapshot: bulletin.snapshot };
  }

  private async makers(rows: BulletinEntity[]): Promise<Map<string, UserEntity>> {
    const ids = [...new Set(rows.map((b) => b.madeBy).filter((id): id is string => id !== null))];
    const users = ids.length ? await this.db.getRepository(UserEntity).findBy({ id: In(ids) }) : [];
    return new Map(users.map((u) => [u.id, u]));
  }

  private summary(b: BulletinEntity, makers: Map<string, UserEntity>): BulletinSummaryView {
    const snapshot = snapshotOf(b);
    const maker = b.madeBy ? makers.get(b.madeBy) : undefined;
    return {
      id: b.id,
      year: b.year,
      issue: b.issue,
      numberLabel: snapshot.numberLabel,
      cutoff: b.cutoff.toISOString(),
      previousCutoff: b.previousCutoff?.toISOString() ?? null,
      contentSha256: b.contentSha256,
      madeBy: b.madeBy ? { id: b.madeBy, displayName: maker?.displayName ?? '' } : null,
      createdAt: b.createdAt.toISOString(),
      totals: snapshot.totals,
    };
  }
}

/** The files kept rendered: the latest weeks' bulletins in both formats. */
const RENDERED_KEPT = 16;
const snapshotOf = (b: BulletinEntity) => b.snapshot as BulletinSnapshot;
// ASCII only, so the Content-Disposition header needs no encoding.
const fileName = (b: BulletinEntity, ext: string) => `bulletin-${b.year}-${String(b.issue).padStart(2, '0')}.${ext}`;
