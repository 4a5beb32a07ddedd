import { randomUUID } from 'node:crypto';
import { accessTable, CALLERS, type Caller, type DeclaredRoute } from '@duban/api';
import { anItemBody, ApiClient, startStack, type Stack } from './stack';

// The authorization matrix on the real stack: every operation of the live OpenAPI document, called
// as every caller, on an item of the caller's own unit, one of another unit and (to read) a draft of
// its own unit. What each call must answer is derived from the route's declaration (accessTable()),
// so a new route without a rule, or a caller let through that should not be, fails here.

const USERNAMES: Record<Caller['key'], string | null> = {
  office: 'office',
  handler: 'jfj-handler',
  unit_head: 'jfj-head',
  leader: 'leader',
  leadership: 'leadership',
  admin: 'admin',
  anonymous: null,
};
/** Who sees every item, drafts included (item-visibility.ts). */
const SEES_EVERY_ITEM = new Set<Caller['key']>(['office', 'leader', 'leadership']);
/** The staff of the own item's lead unit (经济发展局): they see its items from publication; the admin's unit is another. */
const OWN_UNIT_STAFF = new Set<Caller['key']>(['handler', 'unit_head']);
/** Routes that refuse every caller by their own rule (only the API encodes payloads). */
const REFUSES_EVERYONE = new Set(['POST /api/temporal-codec/encode']);

type ItemKind = 'own' | 'other' | 'draft';
/** What a call must answer: exactly this refusal, or anything but the refusals not allowed (and never a 5xx). */
type Expected = { refused: 401 | 403 | 404 } | { passes: true; may401?: boolean; may403: boolean; may404: boolean };

/** What the declaration promises a caller on this route and item. */
function expectedOf(route: DeclaredRoute, caller: Caller, item: ItemKind | null): Expected {
  const access = route.access!;
  // A public route may still check a credential of its own (a refresh token, a session to end).
  if (access.kind === 'public') return { passes: true, may401: true, may403: false, may404: true };
  if (!caller.roles) return { refused: 401 };
  if (access.kind === 'roles') {
    return caller.roles.some((r) => access.roles.includes(r))
      ? { passes: true, may403: REFUSES_EVERYONE.has(`${route.method} ${route.path}`), may404: true }
      : { refused: 403 };
  }
  if (access.kind === 'item' && item) {
    const visible = SEES_EVERY_ITEM.has(caller.key) || (item === 'own' && OWN_UNIT_STAFF.has(caller.key));
    // Which commands a role may give is the item's rules: a 403 there is theirs to give.
    return visible ? { passes: true, may403: access.mode === 'command', may404: false } : { refused: 404 };
  }
  return { passes: true, may403: false, may404: true };
}

function meets(expected: Expected, status: number): boolean {
  if (status >= 500) return false;
  if ('refused' in expected) return status === expected.refused;
  return (
    (expected.may401 || status !== 401) && (expected.may403 || status !== 403) && (expected.may404 || status !== 404)
  );
}

const describeExpected = (e: Expected) =>
  'refused' in e
    ? `${e.refused}`
    : `not ${[!e.may401 && 401, !e.may403 && 403, !e.may404 && 404].filter(Boolean).join('/') || 'a'} 5xx`;

describe('the authorization matrix: every route × caller × own and other unit', () => {
  let stack: Stack;
  const clients = new Map<Caller['key'], ApiClient>();
  const items = {} as Record<ItemKind, string>;
  let document: { paths: Record<string, Record<string, { operationId?: string }>> };

  beforeAll(async () => {
    stack = await startStack();
    for (const caller of CALLERS) {
      const username = USERNAMES[caller.key];
      clients.set(caller.key, username ? await ApiClient.login(stack.baseUrl, username) : new ApiClient(stack.baseUrl));
    }
    const office = clients.get('office')!;
    const { units } = stack.directory;
    const draft = async (overrides: Record<string, unknown>) => {
      const created = await office.post('/api/items', anItemBody(stack.directory, overrides));
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    items.own = await draft({ leadUnitId: units.jfj, cooperatingUnitIds: [units.tcj] });
    expect((await office.patch(`/api/items/${items.own}`, { content: '草稿阶段的修改' })).status).toBe(200);
    items.other = await draft({ leadUnitId: units.yhj, cooperatingUnitIds: [units.sjj] });
    items.draft = await draft({ leadUnitId: units.jfj, cooperatingUnitIds: [] });
    for (const id of [items.own, items.other]) {
      const published = await office.post(`/api/items/${id}/publish`);
      expect(published.status).toBe(200);
    }
    const docs = await office.get('/api/docs-json');
    expect(docs.status).toBe(200);
    document = docs.body;
  });

  afterAll(() => stack?.stop());

  it('has a rule for every operation of the OpenAPI document, and documents every declared route', () => {
    const declared = new Set(accessTable().map((r) => `${r.method} ${r.path}`));
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.filter((operation) => !declared.has(operation))).toEqual([]);
    expect([...declared].filter((operation) => !documented.includes(operation))).toEqual([]);
    expect(accessTable().filter((r) => r.problem)).toEqual([]);
  });

  // Before the matrix, whose logouts end every caller's session.
  it('shows a unit an item only from its publication: not the draft, nor the office’s work on it', async () => {
    const seen: Record<string, unknown> = {};
    for (const key of ['handler', 'unit_head'] as const) {
      const client = clients.get(key)!;
      const listed = (await client.get('/api/items?pageSize=100')).body.items.map((i: { id: string }) => i.id);
      const draftReads = await Promise.all(
        ['', '/timeline', '/progress-reports', '/attachments'].map(
          async (sub) => (await client.get(`/api/items/${items.draft}${sub}`)).status,
        ),
      );
      const timeline = (await client.get(`/api/items/${items.own}/timeline`)).body.map((e: { type: string }) => e.type);
      const { todos } = (await client.get('/api/inbox')).body;
      seen[key] = {
        listsOwn: listed.includes(items.own),
        listsDraft: listed.includes(items.draft),
        draftReads,
        timelineStartsWith: timeline[0],
        draftEventsInTimeline: timeline.filter((t: string) => ['created', 'edited'].includes(t)),
        draftInTodos: todos.some((t: { itemId: string }) => t.itemId === items.draft),
      };
    }
    const unitView = {
      listsOwn: true,
      listsDraft: false,
      draftReads: [404, 404, 404, 404],
      timelineStartsWith: 'published',
      draftEventsInTimeline: [],
      draftInTodos: false,
    };
    expect(seen).toEqual({ handler: unitView, unit_head: unitView });
    // The office keeps its own record of the draft's making.
    const officeTimeline = (await clients.get('office')!.get(`/api/items/${items.own}/timeline`)).body;
    expect(officeTimeline.map((e: { type: string }) => e.type).slice(0, 3)).toEqual(['created', 'edited', 'published']);
  });

  it('answers every caller as the declarations say, on its own unit’s items and another’s', async () => {
    const started = Date.now();
    const routes = new Map(accessTable().map((r) => [`${r.method} ${r.path}`, r]));
    const calls: { route: DeclaredRoute; caller: Caller; item: ItemKind | null }[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) {
        const route = routes.get(`${method.toUpperCase()} ${path}`);
        if (!route) continue; // the test above names it
        const kinds: (ItemKind | null)[] = !path.includes('{id}')
          ? [null]
          : route.access?.kind === 'item' && route.method === 'GET'
            ? ['own', 'other', 'draft']
            : ['own', 'other'];
        for (const caller of CALLERS) for (const item of kinds) calls.push({ route, caller, item });
      }
    }
    // A logout ends the caller's session: those go last.
    const last = (c: (typeof calls)[number]) => (c.route.path === '/api/auth/logout' ? 1 : 0);
    calls.sort((a, b) => last(a) - last(b));

    const failures: string[] = [];
    const call = async ({ route, caller, item }: (typeof calls)[number]) => {
      const path = route.path
        .replace('{id}', item ? items[item] : randomUUID())
        .replace('{year}', '2026')
        .replace(/\{\w+\}/g, () => randomUUID());
      const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
      const { status, body: answer } = await clients.get(caller.key)!.request(route.method, path, body);
      const expected = expectedOf(route, caller, item);
      if (!meets(expected, status)) {
        failures.push(
          `${route.method} ${route.path} as ${caller.key}${item ? ` on the ${item} item` : ''}: ${status} (expected ${describeExpected(expected)}; declared ${JSON.stringify(route.access)}) ${JSON.stringify(answer?.message ?? '')}`,
        );
      }
    };
    const queue = calls.filter((c) => !last(c));
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await call(next);
      }),
    );
    for (const logout of calls.filter(last)) await call(logout);

    expect(failures).toEqual([]);
    expect(calls.length).toBeGreaterThan(400);
    console.log(`authorization matrix: ${calls.length} calls in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);
});
