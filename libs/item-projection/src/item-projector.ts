import { DataSource, IsNull, QueryFailedError } from 'typeorm';
import type { AppConfig } from '@duban/config';
import type { ItemProjection } from '@duban/contracts';
import { ItemEntity, ProjectionFailureEntity } from '@duban/persistence';
import { writeProjection } from './item-projection';

/** What a repair did for each change that had not been written. */
export interface RepairOutcome {
  version: number;
  eventType: string;
  repaired: boolean;
  error: string | null;
}

/**
 * Projects the workflow's changes into Postgres and tells a permanent failure from a transient
 * one: a transient one (the database away, a timeout) is thrown, so Temporal retries it with
 * backoff; a permanent one (a constraint, an encoding) is kept as a projection failure and flags
 * the item for an admin, so the workflow goes on and no later command is blocked.
 */
export class ItemProjector {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async project(projection: ItemProjection): Promise<'written' | 'failed'> {
    try {
      await this.db.transaction((em) => writeProjection(em, this.config, projection));
      return 'written';
    } catch (error) {
      if (!isPermanent(error)) throw error;
      await this.recordFailure(projection, error as Error);
      return 'failed';
    }
  }

  /**
   * Writes again, in order, the changes kept as failures (their texts made storable); each one
   * that lands is marked resolved, and the item's flag clears when none is left.
   */
  async repair(itemId: string, userId: string): Promise<RepairOutcome[]> {
    const failures = await this.db.getRepository(ProjectionFailureEntity).find({
      where: { itemId, resolvedAt: IsNull() },
      order: { version: 'ASC' },
    });
    const outcomes: RepairOutcome[] = [];
    for (const failure of failures) {
      const outcome: RepairOutcome = {
        version: failure.version,
        eventType: failure.eventType,
        repaired: true,
        error: null,
      };
      try {
        await this.db.transaction(async (em) => {
          await writeProjection(em, this.config, failure.projection as ItemProjection);
          await em.update(ProjectionFailureEntity, { id: failure.id }, { resolvedAt: new Date(), resolvedBy: userId });
        });
      } catch (error) {
        if (!isPermanent(error)) throw error;
        Object.assign(outcome, { repaired: false, error: (error as Error).message });
      }
      outcomes.push(outcome);
    }
    const left = await this.db.getRepository(ProjectionFailureEntity).findOne({
      where: { itemId, resolvedAt: IsNull() },
      order: { version: 'DESC' },
    });
    await this.db.getRepository(ItemEntity).update({ id: itemId }, { attention: left ? attentionOf(left) : null });
    return outcomes;
  }

  private async recordFailure(projection: ItemProjection, error: Error): Promise<void> {
    const failure = {
      itemId: projection.state.itemId,
      version: projection.state.version,
      eventType: projection.event.type,
      error: storable(error.message),
      projection: storable(projection) as unknown as Record<string, any>,
    };
    await this.db.transaction(async (em) => {
      await em.createQueryBuilder().insert().into(ProjectionFailureEntity).values(failure).orIgnore().execute();
      await em.update(ItemEntity, { id: failure.itemId }, { attention: attentionOf(failure) });
    });
  }
}

const attentionOf = ({ version, eventType, error }: Pick<ProjectionFailureEntity, 'version' | 'eventType' | 'error'>) =>
  `change ${version} (${eventType}) could not be written: ${error}`;

/**
 * A failure that a retry cannot cure: the database refused the data (SQLSTATE class 22, data
 * exception, and 23, integrity constraint) or the statement (42), or the values broke our own
 * code (a RangeError from an impossible date).
 */
export function isPermanent(error: unknown): boolean {
  if (error instanceof QueryFailedError) {
    const code = String((error as QueryFailedError & { code?: string }).code ?? '');
    return ['22', '23', '42'].includes(code.slice(0, 2));
  }
  return error instanceof RangeError || error instanceof TypeError;
}

// Control characters other than tab and line breaks, and lone surrogates: Postgres takes none of them.
const UNSTORABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The value with every text made storable: what Postgres refuses becomes U+FFFD, the replacement character. */
export function storable<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, inner: unknown) =>
    typeof inner === 'string' ? inner.replace(UNSTORABLE, '\uFFFD') : inner,
  ) as T;
}
