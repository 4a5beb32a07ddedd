// Writes a migration with the SQL that brings a database migrated so far up to the entities.
// Usage: node -r @swc-node/register scripts/generate-migration.ts Name
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';

async function main(name: string) {
  const db = await createTestDatabase('duban_gen');
  const ds = new DataSource(dataSourceOptions(db.url));
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return console.log('entities and migrations agree: nothing to generate');
    const stamp = Date.now();
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = resolve(__dirname, `../libs/persistence/src/migrations/${stamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    console.log(`wrote ${file}: add it to migrations/index.ts`);
  } finally {
    await ds.destroy().catch(() => undefined);
    await db.drop();
  }
}

main(process.argv[2] ?? 'Migration').catch((error) => {
  console.error(error);
  process.exit(1);
});
