import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import { AppConfig } from '@duban/config';
import {
  DomainError,
  DomainErrorCode,
  forbidden,
  hasRole,
  invalidInput,
  invalidState,
  notFound,
  unavailable,
  type Actor,
  type EvidenceFile,
  type ItemStatus,
} from '@duban/domain';
import { FileNotFoundError, FileStoreUnavailableError, type FileStore } from '@duban/file-store';
import { AttachmentEntity, type AttachmentUse } from '@duban/persistence';
import { ItemQueriesService } from '../items/item-queries.service';
import { toAttachmentView, type AttachmentView } from './attachment.view';
import { allowedTypes, FILE_STORE } from './file-store.provider';
import { receiveFiles } from './multipart-upload';

/** An attachment ready to be streamed to its downloader. */
export interface AttachmentDownload {
  attachment: AttachmentEntity;
  content: Readable;
}

/** How many attachments one command may cite. */
export const MAX_EVIDENCE_PER_COMMAND = 20;

/**
 * Who may add evidence to an item now: the office at any time; a handler of the lead or a
 * cooperating unit while the item is in progress (when reports and completion requests are made).
 */
export function uploadRefusal(
  item: { status: ItemStatus; leadUnitId: string; cooperatingUnitIds: string[] },
  actor: Actor,
): DomainError | null {
  if (hasRole(actor, 'office')) return null;
  const ofItsUnits = item.leadUnitId === actor.unitId || item.cooperatingUnitIds.includes(actor.unitId);
  if (!hasRole(actor, 'handler') || !ofItsUnits) {
    return forbidden('only the office or a handler of the lead or a cooperating unit may add evidence to an item');
  }
  if (item.status !== 'in_progress') {
    return invalidState(`evidence can be added while the item is in progress; it is ${item.status}`);
  }
  return null;
}

/** Evidence files (佐证材料) of items: kept once by content, seen by whoever may see the item. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly config: AppConfig,
    // Its findVisible is the one rule of who sees an item (GET /api/items/{id}); attachments follow it.
    private readonly items: ItemQueriesService,
  ) {}

  /** Keeps the request's files for the item; the same bytes from the same unit answer the same attachment. */
  async upload(itemId: string, request: Request, actor: Actor): Promise<AttachmentView[]> {
    // Refused before a byte is read: who may not add evidence sends it for nothing.
    const item = await this.items.findVisible(itemId, actor);
    const refusal = uploadRefusal(item, actor);
    if (refusal) throw refusal;
    const files = await receiveFiles(request, {
      store: this.store,
      maxBytes: this.config.FILES_MAX_BYTES,
      allowedTypes: allowedTypes(this.config),
    });
    const repository = this.db.getRepository(AttachmentEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values(
        files.map((file) => ({
          itemId,
          sha256: file.sha256,
          size: file.size,
          contentType: file.contentType,
          name: file.name,
          uploadedBy: actor.userId,
          unitId: actor.unitId,
          byOffice: hasRole(actor, 'office'),
        })),
      )
      .orIgnore()
      .execute();
    const kept = await repository.findBy({ itemId, unitId: actor.unitId, sha256: In(files.map((f) => f.sha256)) });
    const bySha256 = new Map(kept.map((a) => [a.sha256, a]));
    return [...new Set(files.map((f) => f.sha256))].map((sha256) => toAttachmentView(bySha256.get(sha256)!));
  }

  async list(itemId: string, actor: Actor): Promise<AttachmentView[]> {
    await this.items.findVisible(itemId, actor);
    const attachments = await this.db
      .getRepository(AttachmentEntity)
      .find({ where: { itemId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    return attachments.map(toAttachmentView);
  }

  /** The attachment and its bytes, if the caller may see its item; otherwise 404, as for the item. */
  async download(attachmentId: string, actor: Actor): Promise<AttachmentDownload> {
    const unknown = notFound(`attachment ${attachmentId} not found`);
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id: attachmentId });
    if (!attachment) throw unknown;
    await this.items.findVisible(attachment.itemId, actor).catch((error: unknown) => {
      // Nor does the answer name the item of an attachment the caller may not see.
      throw error instanceof DomainError && error.code === DomainErrorCode.NotFound ? unknown : error;
    });
    try {
      return { attachment, content: await this.store.open(attachment.sha256) };
    } catch (error) {
      if (error instanceof FileStoreUnavailableError)
        throw unavailable('the file store is not reachable: try again shortly');
      if (!(error instanceof FileNotFoundError)) throw error;
      // Not the caller's doing: a 500, logged, naming what the operator has to restore.
      throw new Error(`the file ${attachment.sha256} of attachment ${attachmentId} is missing from the file store`);
    }
  }

  /**
   * The evidence a command cites, checked for the command path: each id must be an attachment of
   * this item uploaded by the actor's unit or by the office. Answers what the timeline records,
   * in the order given, each once. Refusals: 400 for an id that is not an attachment of the item,
   * 403 for another unit's upload.
   */
  async attachmentsForCommand(
    itemId: string,
    attachmentIds: readonly string[],
    actor: Actor,
    em: EntityManager = this.db.manager,
  ): Promise<EvidenceFile[]> {
    const ids = [...new Set(attachmentIds)];
    if (ids.length > MAX_EVIDENCE_PER_COMMAND) {
      throw invalidInput(`attachments: at most ${MAX_EVIDENCE_PER_COMMAND} files per command`);
    }
    const notOfItem = (id: string) => invalidInput(`attachments: ${id} is not an attachment of item ${itemId}`);
    const malformed = ids.find((id) => !isUUID(id));
    if (malformed !== undefined) throw notOfItem(malformed);
    const found = new Map(
      ids.length ? (await em.findBy(AttachmentEntity, { id: In(ids), itemId })).map((a) => [a.id, a]) : [],
    );
    return ids.map((id) => {
      const attachment = found.get(id);
      if (!attachment) throw notOfItem(id);
      if (attachment.unitId !== actor.unitId && !attachment.byOffice) {
        throw forbidden(`attachments: ${attachment.name} (${id}) was uploaded by another unit`);
      }
      const { name, size, sha256 } = attachment;
      return { id, name, size, sha256 };
    });
  }

  /** Records what cited these attachments (the latest use wins), in the command's transaction if given. */
  async markUsed(
    attachmentIds: readonly string[],
    use: { kind: AttachmentUse; id: string },
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    if (attachmentIds.length === 0) return;
    await em.update(
      AttachmentEntity,
      { id: In([...attachmentIds]) },
      { usedIn: use.kind, usedInId: use.id, usedAt: new Date() },
    );
  }
}
