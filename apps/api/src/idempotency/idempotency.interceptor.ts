import {
  BadRequestException,
  ConflictException,
  Injectable,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { IDEMPOTENT } from './idempotent.decorator';

/** How long a key is remembered: a retry comes within minutes; a day is room to spare. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** A UUID is 36 characters; a longer key cannot be held in the table's index (about 2.7 kB), so it is refused. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/**
 * The Idempotency-Key of a write marked @Idempotent(): the first request under a key claims it and
 * its answer is kept; the same request again gets that answer (Idempotent-Replayed: true) and
 * changes nothing; another request (method, path or body) under the same key is a 422; the same
 * key while the first is still being answered a 409. A refused or failed request frees its key,
 * so a retry runs again. Keys are per user.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = request.headers['idempotency-key'];
    const key = typeof header === 'string' && header !== '' ? header : undefined;
    if (key && key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new BadRequestException(
        `Idempotency-Key must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters (a UUID is 36), not ${key.length}`,
      );
    }
    if (!key || !request.user || Reflect.getMetadata(IDEMPOTENT, context.getHandler()) !== true) return next.handle();
    const userId = request.user.userId;
    const requestHash = requestHashOf(request);

    await this.db.query(
      `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
      [userId, key, IDEMPOTENCY_KEY_HOURS],
    );
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    );
    if (claimed.length === 0) return of(await this.replay(context, userId, key, requestHash));

    const repo = this.db.getRepository(IdempotencyKeyEntity);
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap((answer: unknown) =>
        from(
          repo
            // The status the handler answered with (a route may choose it, e.g. 200 for a bulletin that stood).
            .update({ userId, key }, { status: response.statusCode, response: (answer ?? null) as never })
            .then(() => answer),
        ),
      ),
      catchError((error: unknown) => from(repo.delete({ userId, key }).then(() => Promise.reject(error)))),
    );
  }

  /** The first answer under the key, if this is the same request and it has one. */
  private async replay(context: ExecutionContext, userId: string, key: string, requestHash: string): Promise<unknown> {
    const first = await this.db.getRepository(IdempotencyKeyEntity).findOneBy({ userId, key });
    if (!first) throw new ConflictException('the first request with this Idempotency-Key was just refused: send again');
    if (first.requestHash !== requestHash) {
      throw new UnprocessableEntityException(
        'this Idempotency-Key came before with another request (method, path or body): use a new key for a new request',
      );
    }
    if (first.status === null) {
      throw new ConflictException(
        'the first request with this Idempotency-Key is still being answered: ask again soon',
      );
    }
    context.switchToHttp().getResponse<Response>().status(first.status).setHeader('Idempotent-Replayed', 'true');
    return first.response;
  }
}

/** Method, path (with its query) and body with its keys sorted: what makes two requests the same. */
function requestHashOf(request: Request): string {
  return createHash('sha256')
    .update(JSON.stringify([request.method, request.originalUrl, canonical(request.body)]))
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
