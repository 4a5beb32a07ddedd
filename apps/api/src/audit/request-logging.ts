import type { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import pinoHttp from 'pino-http';
import type { AppConfig } from '@duban/config';
import type { AuthUser } from '../auth/auth-user';

const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const SECRET_PARAM = /password|passwd|secret|token|key|signature|code|auth/i;

/** A caller's (or a proxy's) X-Request-Id when well-formed, else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && WELL_FORMED_ID.test(given) ? given : randomUUID();
}

/** The path as logged: the query kept, its secret-looking parameters' values replaced. */
export function loggedPath(url: string): string {
  const parsed = new URL(url, 'http://x');
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '[redacted]');
  }
  return parsed.pathname + parsed.search.replace(/%5Bredacted%5D/g, '[redacted]');
}

/**
 * Every response carries X-Request-Id, and every request ends in one JSON access-log line on
 * stdout: method, path, status, duration, request id and the signed-in user.
 */
export function useRequestLogging(app: INestApplication, config: AppConfig): void {
  app.use(
    pinoHttp({
      logger: pino(
        {
          level: config.LOG_LEVEL,
          base: undefined,
          timestamp: pino.stdTimeFunctions.isoTime,
          formatters: { level: (label) => ({ level: label }) },
        },
        process.stdout,
      ),
      genReqId: (req, res) => {
        const id = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('X-Request-Id', id);
        return id;
      },
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
      wrapSerializers: false,
      serializers: {
        req: (req: Request) => ({ method: req.method, path: loggedPath(req.originalUrl ?? req.url) }),
        res: (res: Response) => ({ status: res.statusCode }),
      },
      customProps: (req) => ({ userId: (req as Request & { user?: AuthUser }).user?.userId }),
      customLogLevel: (_, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
    }),
  );
}
