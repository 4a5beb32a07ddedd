// A small client of the Duban API. The access token lives in sessionStorage for the tab's life and
// lasts minutes; the refresh token is an httpOnly cookie the API set at login, which the browser
// sends to /api/auth/refresh (and /logout) by itself, so no script ever reads it.
const TOKEN_KEY = 'duban.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set(token: string | null) {
    const previous = sessionStorage.getItem(TOKEN_KEY);
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    // Signing out ends the session on the API too (by the token, or by the cookie once it expired).
    if (!token && previous) {
      void fetch('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${previous}` } }).catch(
        () => undefined,
      );
    }
  },
};

/** What happens when the session is over: the page starts afresh, on the sign-in screen. */
export const sessionEnded = { notify: () => window.location.reload() };

let refreshing: Promise<boolean> | null = null;

/**
 * A new access token from the refresh cookie. Each cookie is good once (the API ends the session
 * when one comes back), so refreshes go one at a time: within the tab, and across tabs by a lock.
 */
function refreshSession(): Promise<boolean> {
  const exchange = async (): Promise<boolean> => {
    const response = await fetch('/api/auth/refresh', { method: 'POST' });
    if (!response.ok) return false;
    sessionStorage.setItem(TOKEN_KEY, ((await response.json()) as { accessToken: string }).accessToken);
    return true;
  };
  if (!refreshing) {
    // The lock's promise settles with the callback's outcome.
    const locked = navigator.locks ? navigator.locks.request('duban.refresh', exchange).then((ok) => ok) : exchange();
    refreshing = locked.catch(() => false).finally(() => (refreshing = null));
  }
  return refreshing;
}

export async function api<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(session.token ? { authorization: `Bearer ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // An expired access token: refresh once and ask again; when the session is over, sign out.
  if (response.status === 401 && session.token && !retried) {
    if (await refreshSession()) return api<T>(method, path, body, true);
    session.set(null);
    sessionEnded.notify();
  }
  const json = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    const message = Array.isArray(json?.message) ? json.message.join('; ') : json?.message;
    throw new ApiError(response.status, message ?? response.statusText);
  }
  return json as T;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unit: { id: string; name: string };
  roles: string[];
}

export interface Item {
  id: string;
  title: string;
  category: string;
  status: string;
  colour: 'green' | 'yellow' | 'orange' | 'red';
  escalationLevel: number;
  progressPercent: number;
  deadline: string;
  dueAt: string;
  leadUnit: { id: string; name: string };
  cooperatingUnits: { id: string; name: string }[];
  supervisingLeader: { id: string; displayName: string } | null;
  pendingExtension: { requestedDeadline: string; reason: string } | null;
  calendarFallback: boolean;
  risk: string[];
  policyVersion: number | null;
  delayAttribution?: { party: string; unitId?: string; workdays: number; dates: string[] }[];
}

export interface InboxMessage {
  id: string;
  itemId: string;
  subject: string;
  text: string;
  colour: Item['colour'] | null;
  level: number;
  createdAt: string;
  readAt: string | null;
}

export interface TimelineEvent {
  type: string;
  at: string;
  actorId: string | null;
  fromStatus: string;
  toStatus: string;
  comment: string | null;
  data: Record<string, unknown>;
}

export interface Todo {
  itemId: string;
  title: string;
  action: string;
  deadline: string;
  colour: Item['colour'];
}
