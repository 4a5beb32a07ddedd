import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

// The role split of docker/postgres/ as the compose file uses it (the grants themselves run
// against a real Postgres in libs/audit/src/audit-chain.int.spec.ts).
const compose = parse(readFileSync(resolve(__dirname, 'compose.yaml'), 'utf8'));
const init = readFileSync(resolve(__dirname, 'postgres/10-duban-roles.sh'), 'utf8');

describe('the database roles of a deployment', () => {
  it('are created by the init script the postgres service runs, with the grants file beside it', () => {
    expect(compose.services.postgres.volumes).toContain('./postgres:/docker-entrypoint-initdb.d:ro');
    for (const role of ['duban_owner', 'duban_app', 'temporal']) expect(init).toContain(`CREATE ROLE ${role} LOGIN`);
    expect(init).toContain('-f /docker-entrypoint-initdb.d/app-role-grants.psql');
  });

  it('give the API and the worker the app role, and only the migration step the owner', () => {
    for (const name of ['api', 'worker']) {
      expect(compose.services[name].environment.DATABASE_URL).toMatch(/^postgres:\/\/duban_app:/);
      expect(compose.services[name].environment.DATABASE_MIGRATION_URL).toBeUndefined();
      expect(compose.services[name].depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
    expect(compose.services.migrate.environment.DATABASE_MIGRATION_URL).toMatch(/^postgres:\/\/duban_owner:/);
    expect(compose.services.temporal.environment.POSTGRES_USER).toBe('temporal');
  });
});
