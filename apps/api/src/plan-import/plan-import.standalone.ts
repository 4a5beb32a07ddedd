import type { DataSource } from 'typeorm';
import { UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { DelegationsService } from '../delegations/delegations.service';
import { DraftsService } from '../items/drafts.service';
import { ItemQueriesService } from '../items/item-queries.service';
import { PolicyVersionsService } from '../policies/policy-versions.service';
import { PlanImportService } from './plan-import.service';

/**
 * The import's service over a data source, without the HTTP API (the CLI and the benchmark): the
 * same drafts, calendar and policy services the API wires together.
 */
export function standalonePlanImport(db: DataSource): PlanImportService {
  const calendar = new CalendarService(db);
  const drafts = new DraftsService(
    db,
    new ItemQueriesService(db, calendar, new DelegationsService(db)),
    calendar,
    new PolicyVersionsService(db),
  );
  return new PlanImportService(db, drafts);
}

/** An active office user by username, as the import's author. */
export async function officeUser(db: DataSource, username: string): Promise<AuthUser> {
  const user = await db.getRepository(UserEntity).findOneBy({ username });
  if (!user?.active || !user.roles.includes('office')) {
    throw new Error(`${username}: no active user with the office role (give another with --as)`);
  }
  return {
    userId: user.id,
    unitId: user.unitId,
    roles: user.roles,
    username: user.username,
    displayName: user.displayName,
  };
}
