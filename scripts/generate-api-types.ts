// Writes the console's API types (apps/web/src/api-types.ts) from the API's own OpenAPI document.
// No server needs to run: the API starts on a throwaway database and a port of its own, and
// Temporal is never reached (the API connects to it lazily, on the first command).
// Usage: node -r @swc-node/register scripts/generate-api-types.ts [output file]
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createApiApp } from '@duban/api';
import { loadConfig } from '@duban/config';
import { createTestDatabase } from '@duban/persistence';

const TARGET = resolve(__dirname, '../apps/web/src/api-types.ts');
const HEADER = `// Generated from the API's OpenAPI document by \`npm run api-types\`: do not edit by hand.\n`;

async function main(output: string) {
  const db = await createTestDatabase('duban_api_types');
  try {
    // A closed port: a Temporal call would fail, and none is made.
    const config = loadConfig({
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      LOG_LEVEL: 'warn', // no access log line for the one request made here
    });
    const app = await createApiApp(config);
    try {
      await app.listen(0, '127.0.0.1');
      const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const response = await fetch(`${url}/api/docs-json`);
      if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
      const document = uniqueOperationIds((await response.json()) as OpenApiDocument);
      const source = HEADER + astToString(await openapiTS(document));
      const formatted = await format(source, { ...(await resolveConfig(TARGET)), filepath: TARGET });
      writeFileSync(output, formatted);
    } finally {
      await app.close();
    }
  } finally {
    await db.drop();
  }
}

type OpenApiDocument = Parameters<typeof openapiTS>[0] & {
  paths: Record<string, Record<string, { operationId?: string }>>;
};

/**
 * openapi-typescript refuses a document that gives two operations one operationId. Such an id is
 * renamed by its method and path (the console reads schemas, not operations), and named here so
 * the API's document gets fixed.
 */
function uniqueOperationIds(document: OpenApiDocument): OpenApiDocument {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const count = new Map<string, number>();
  for (const { operation } of operations)
    if (operation.operationId) count.set(operation.operationId, (count.get(operation.operationId) ?? 0) + 1);
  for (const { path, method, operation } of operations) {
    const id = operation.operationId;
    if (!id || count.get(id) === 1) continue;
    console.warn(`the API's OpenAPI document gives operationId "${id}" to more than one operation (${method} ${path})`);
    operation.operationId = `${method}_${path.replace(/[^A-Za-z0-9]+/g, '_')}`;
  }
  return document;
}

main(resolve(process.argv[2] ?? TARGET)).catch((error) => {
  console.error(error);
  process.exit(1);
});
