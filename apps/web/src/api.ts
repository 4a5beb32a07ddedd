// A small client of the Duban API: the token lives in sessionStorage for the tab's life.
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
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(session.token ? { authorization: `Bearer ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
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
