/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { api, session, sessionEnded } from './api';

type Call = { url: string; authorization?: string };

/** The API as the console meets it: `answers` maps a request to its status and body, in order of arrival. */
function fakeApi(answer: (call: Call) => { status: number; body?: unknown }) {
  const calls: Call[] = [];
  const fetchMock = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call = { url: String(url), authorization: headers.authorization };
    calls.push(call);
    const { status, body } = answer(call);
    // jsdom has no Response: what api() reads of one.
    return {
      ok: status < 300,
      status,
      statusText: String(status),
      json: async () => body,
      text: async () => (body === undefined ? '' : JSON.stringify(body)),
    };
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return calls;
}

describe('the console API client with short-lived access tokens', () => {
  const reload = jest.fn<() => undefined>();

  beforeEach(() => {
    sessionStorage.clear();
    sessionEnded.notify = reload;
    reload.mockClear();
  });

  afterEach(() => sessionStorage.clear());

  it('refreshes an expired access token once, for requests that fail together, and asks again', async () => {
    session.set('expired');
    const calls = fakeApi(({ url, authorization }) => {
      if (url === '/api/auth/refresh') return { status: 200, body: { accessToken: 'fresh' } };
      return authorization === 'Bearer fresh' ? { status: 200, body: { url } } : { status: 401, body: {} };
    });
    const answers = await Promise.all([api('GET', '/me'), api('GET', '/inbox')]);
    expect(answers).toEqual([{ url: '/api/me' }, { url: '/api/inbox' }]);
    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
    expect(session.token).toBe('fresh');
    expect(reload).not.toHaveBeenCalled();
  });

  it('signs out, on the API too, when the session cannot be refreshed', async () => {
    session.set('expired');
    const calls = fakeApi(({ url }) => (url === '/api/auth/logout' ? { status: 204 } : { status: 401, body: {} }));
    await expect(api('GET', '/me')).rejects.toMatchObject({ status: 401 });
    expect(session.token).toBeNull();
    expect(reload).toHaveBeenCalled();
    expect(calls.map((c) => c.url)).toEqual(['/api/me', '/api/auth/refresh', '/api/auth/logout']);
  });

  it('does not refresh for a wrong password at login', async () => {
    const calls = fakeApi(() => ({ status: 401, body: { message: 'unknown user or wrong password' } }));
    await expect(api('POST', '/auth/login', { username: 'office', password: 'x' })).rejects.toMatchObject({
      status: 401,
      message: 'unknown user or wrong password',
    });
    expect(calls).toHaveLength(1);
  });
});
