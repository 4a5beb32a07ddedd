import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Brings the schema up to date through its own short connection, so the migrations can run as
 * the owner role while the process then works as the narrower application role.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  // One connection, without the pool's statement and lock timeouts: a backfill may take a while.
  const db = new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } });
  await db.initialize();
  try {
    return (await db.runMigrations({ transaction: 'all' })).map((migration) => migration.name);
  } finally {
    await db.destroy();
  }
}
