import 'reflect-metadata';
import { migrateDatabase } from '@duban/persistence';

// A deployment's one-shot step before the API starts (docker/compose.yaml): the migrations run as
// the owner role, so the API and the worker never need its password.
async function main() {
  const url = process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('Configuration: DATABASE_MIGRATION_URL (or DATABASE_URL) is required');
  const ran = await migrateDatabase(url);
  console.log(ran.length ? `migrations run: ${ran.join(', ')}` : 'the schema is up to date');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
