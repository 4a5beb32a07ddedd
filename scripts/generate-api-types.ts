// Writes the console's API types (apps/web/src/api-types.ts) from the API's own OpenAPI document.
// No server needs to run: the API starts on a throwaway database and a port of its own, and
// Temporal is never reached (the API connects to it lazily, on the first command).
// Usage: node -r @swc-node/register scripts/generate-api-types.ts [output file]
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
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
      // Throwaway secrets: nothing is signed or encrypted here.
      JWT_SECRET: randomBytes(32).toString('base64url'),
      PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn', // no access log line for the one request made here
    });
    const app = await createApiApp(config);
    try {
      await app.listen(0, '127.0.0.1');
      const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const response = await fetch(`${url}/api/docs-json`);
      if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
      const document = (await response.json()) as Parameters<typeof openapiTS>[0];
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

main(resolve(process.argv[2] ?? TARGET)).catch((error) => {
  console.error(error);
  process.exit(1);
});
