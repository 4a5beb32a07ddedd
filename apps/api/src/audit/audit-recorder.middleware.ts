import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { appendAuditEntry, type AuditEntryInput } from '@duban/audit';
import { UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { AuditRoutes, type AuditedRoute } from './audit-routes';

type AuditedRequest = Request & {
  id?: string;
  user?: AuthUser;
  log?: { error(object: object, message: string): void };
};

const READS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Records every command (POST, PUT, PATCH, DELETE) and every route named with @AuditAction, with
 * its outcome: accepted, refused (4xx, with the message) or failed (5xx). It holds the response's
 * end until the entry is written (as express-session does to save a session), so no answer goes
 * out before its record; refusals by the guards and pipes are recorded too.
 */
@Injectable()
export class AuditRecorder implements NestMiddleware {
  constructor(
    private readonly routes: AuditRoutes,
    private readonly db: DataSource,
  ) {}

  use(req: AuditedRequest, res: Response, next: NextFunction): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      res.end = end as Response['end']; // once: a second end goes straight through
      const route = req.route?.path ? this.routes.lookup(req.method, String(req.route.path)) : null;
      if (!route || (READS.includes(req.method) && !route.named)) return end(...args);
      this.entry(req, res, route, args[0])
        .then((entry) => appendAuditEntry(this.db, entry))
        .catch((error: unknown) => req.log?.error({ err: error }, 'the audit entry could not be written'))
        .finally(() => end(...args));
      return res;
    }) as Response['end'];
    next();
  }

  private async entry(
    req: AuditedRequest,
    res: Response,
    route: AuditedRoute,
    chunk: unknown,
  ): Promise<AuditEntryInput> {
    const status = res.statusCode;
    const result = status < 400 ? 'ok' : status < 500 ? 'refused' : 'error';
    const answer = parseJson(chunk, res);
    const params = Object.fromEntries(Object.entries(req.params ?? {}).map(([k, v]) => [k, String(v)]));
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    let actor: Pick<AuditEntryInput, 'actorId' | 'actorUsername' | 'unitId'> = req.user
      ? { actorId: req.user.userId, actorUsername: req.user.username, unitId: req.user.unitId }
      : {};
    let object: Pick<AuditEntryInput, 'objectType' | 'objectId'> = {
      objectType: route.objectType,
      objectId: params.id ?? Object.values(params)[0] ?? null,
    };
    // An anonymous request naming a user (a login) concerns that user: the name tried, never the password.
    if (!req.user && typeof body.username === 'string') {
      const user =
        result === 'ok' ? await this.db.getRepository(UserEntity).findOneBy({ username: body.username }) : null;
      actor = { actorId: user?.id ?? null, actorUsername: body.username, unitId: user?.unitId ?? null };
      object = { objectType: 'user', objectId: user?.id ?? null };
    }
    if (!object.objectId && result === 'ok' && typeof answer?.id === 'string') object.objectId = answer.id;
    const message = result === 'ok' ? null : [answer?.message ?? answer?.error ?? null].flat().join('; ') || null;
    return {
      ...actor,
      onBehalfOfId: req.user?.actingFor?.userId ?? null,
      onBehalfOfUsername: req.user?.actingFor?.username ?? null,
      action: route.action,
      ...object,
      result,
      status,
      message,
      clientAddress: req.ip ?? null,
      requestId: req.id ?? null,
      details: {
        method: req.method,
        path: req.path,
        ...(Object.keys(params).length ? { params } : {}),
        ...(Object.keys(req.query ?? {}).length ? { query: req.query } : {}),
        ...(Object.keys(body).length ? { body } : {}),
        ...(req.headers['idempotency-key'] ? { idempotencyKey: req.headers['idempotency-key'] } : {}),
      },
    };
  }
}

/** The answer's JSON, when it is JSON (an error's message, a created object's id). */
function parseJson(chunk: unknown, res: Response): { id?: unknown; message?: unknown; error?: unknown } | null {
  if (!chunk || !String(res.getHeader('content-type') ?? '').includes('json')) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    return parsed && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}
