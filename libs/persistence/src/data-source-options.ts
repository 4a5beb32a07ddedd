import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one way every process connects: entities and migrations, never synchronize. */
export function dataSourceOptions(url: string, { runMigrations = false } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // gen_random_uuid() is core since PostgreSQL 13: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // The API brings the schema up to date as it starts; tools and the worker never migrate.
    migrationsRun: runMigrations,
    // A stuck statement or lock fails alone with a clear error instead of starving the pool; a
    // request that cannot get a connection gives up instead of queueing forever.
    extra: {
      max: 10,
      connectionTimeoutMillis: 10_000,
      statement_timeout: 30_000,
      lock_timeout: 10_000,
      idle_in_transaction_session_timeout: 30_000,
    },
  };
}
