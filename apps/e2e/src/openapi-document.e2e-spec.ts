import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createApiApp } from '@duban/api';
import { loadConfig } from '@duban/config';
import { createTestDatabase } from '@duban/persistence';

type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { type?: string; format?: string } }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
};

// The OpenAPI document is the contract outside clients rely on (API.md): it must say what each
// route answers, errors included. No Temporal is needed to build it.
describe('the OpenAPI document (/api/docs-json)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: INestApplication;
  let operations: { route: string; operation: Operation }[];
  let schemas: Record<string, { properties?: Record<string, { type?: string; format?: string; $ref?: string }> }>;

  beforeAll(async () => {
    database = await createTestDatabase('duban_openapi');
    app = await createApiApp(
      loadConfig({
        DATABASE_URL: database.url,
        NODE_ENV: 'test',
        TEMPORAL_ADDRESS: '127.0.0.1:1',
        JWT_SECRET: randomBytes(32).toString('base64url'),
        PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        LOG_LEVEL: 'silent',
      }),
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const document = (await (await fetch(`${url}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: typeof schemas };
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
    schemas = document.components.schemas;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const lacking = (predicate: (operation: Operation, route: string) => boolean) =>
    operations.filter(({ operation, route }) => predicate(operation, route)).map(({ route }) => route);

  it('names every operation once', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, i) => !id || ids.indexOf(id) !== i)).toEqual([]);
  });

  it('declares every path parameter, and ids as uuids', () => {
    expect(
      lacking((operation, route) =>
        [...route.matchAll(/\{(\w+)\}/g)].some(([, name]) => {
          const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
          return !parameter || (/id$/i.test(name) && parameter.schema?.format !== 'uuid');
        }),
      ),
    ).toEqual([]);
  });

  it('keeps optional headers optional (Idempotency-Key)', () => {
    const required = operations.flatMap(({ route, operation }) =>
      (operation.parameters ?? []).filter((p) => p.in === 'header' && p.required).map((p) => `${route} ${p.name}`),
    );
    expect(required).toEqual([]);
  });

  it('documents 401 on every route behind a login, 404 where a path names something, 400 where a body or query is read', () => {
    const signedIn = (o: Operation, route: string) =>
      !/^POST \/api\/auth\/(login|refresh|logout)$|\/api\/health$/.test(route);
    expect(lacking((o, route) => signedIn(o, route) && !o.responses['401'])).toEqual([]);
    expect(lacking((o, route) => route.includes('{') && !o.responses['404'])).toEqual([]);
    expect(
      lacking((o) => (!!o.requestBody || (o.parameters ?? []).some((p) => p.in === 'query')) && !o.responses['400']),
    ).toEqual([]);
  });

  it('types every id-like property as a string, never an object', () => {
    const wrong = Object.entries(schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([property, type]) => /Id$/.test(property) && !type.$ref && type.type !== 'string')
        .map(([property]) => `${name}.${property}`),
    );
    expect(wrong).toEqual([]);
  });
});
