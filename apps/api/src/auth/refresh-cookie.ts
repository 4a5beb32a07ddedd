import type { Request, Response } from 'express';

/**
 * The browser's copy of the refresh token: httpOnly (no script reads it), SameSite=Strict (no other
 * site sends it), for /api only, Secure when the console is served over https. The API reads it on
 * refresh and logout, and to open the API docs in a signed-in browser; never as a login elsewhere.
 */
export const REFRESH_COOKIE = 'duban_refresh';

export function setRefreshCookie(response: Response, token: string, expires: Date, secure: boolean): void {
  response.cookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/api', expires });
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/api' });
}

export function refreshCookieOf(request: Request): string | undefined {
  for (const pair of String(request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function bearerTokenOf(request: Request): string | undefined {
  const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}
