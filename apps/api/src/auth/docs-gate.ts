import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthGuard } from './auth.guard';
import { bearerTokenOf, refreshCookieOf } from './refresh-cookie';
import { SessionsService } from './sessions.service';

const DOCS = /^\/api\/docs(?:-json|-yaml)?(?:\/|$)/;

/**
 * The OpenAPI page and document (/api/docs, /api/docs-json, /api/docs-yaml) for signed-in callers
 * only: a tool sends its bearer token; a browser signed in to the console on this origin sends its
 * refresh cookie, which is checked and left unused. Registered before the docs' own routes.
 */
export function protectApiDocs(app: INestApplication): void {
  const guard = app.get(AuthGuard);
  const sessions = app.get(SessionsService);
  const signedIn = async (request: Request): Promise<boolean> => {
    const bearer = bearerTokenOf(request);
    if (bearer) return guard.authenticate(bearer).then(() => true);
    const cookie = refreshCookieOf(request);
    return cookie ? (await sessions.holderOf(cookie)) !== null : false;
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!DOCS.test(request.path)) return next();
    void signedIn(request)
      .catch(() => false)
      .then((ok) => {
        if (ok) return next();
        response.status(401).json({
          statusCode: 401,
          error: 'Unauthorized',
          message: 'the API docs need a login: send a bearer token, or sign in to the console in this browser first',
        });
      });
  });
}
