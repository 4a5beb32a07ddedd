import { KNOWN_FILE_TYPES } from '@duban/config';
import { DomainErrorCode, type Actor, type Role } from '@duban/domain';
import { FILE_TYPE_NAMES } from '@duban/file-store';
import { uploadRefusal } from './attachments.service';

const item = { status: 'in_progress' as const, leadUnitId: 'lead', cooperatingUnitIds: ['coop'] };
const actor = (unitId: string, ...roles: Role[]): Actor => ({ userId: 'u', unitId, roles });

describe('uploadRefusal: who may add evidence to an item now', () => {
  it('lets handlers of the lead and the cooperating units add it while the item is in progress', () => {
    expect(uploadRefusal(item, actor('lead', 'handler'))).toBeNull();
    expect(uploadRefusal(item, actor('coop', 'handler'))).toBeNull();
  });

  it('lets the office add it in any state', () => {
    for (const status of ['draft', 'assigned', 'closed'] as const) {
      expect(uploadRefusal({ ...item, status }, actor('office-unit', 'office'))).toBeNull();
    }
  });

  it('refuses a unit outside the progress of the item with 409, and anyone else with 403', () => {
    expect(uploadRefusal({ ...item, status: 'awaiting_signoff' }, actor('lead', 'handler'))?.code).toBe(
      DomainErrorCode.InvalidState,
    );
    expect(uploadRefusal(item, actor('lead', 'unit_head'))?.code).toBe(DomainErrorCode.Forbidden);
    expect(uploadRefusal(item, actor('elsewhere', 'handler'))?.code).toBe(DomainErrorCode.Forbidden);
    expect(uploadRefusal(item, actor('leaders', 'leader', 'leadership'))?.code).toBe(DomainErrorCode.Forbidden);
  });
});

describe('FILES_ALLOWED_TYPES', () => {
  it('accepts exactly the types the file store tells apart by content', () => {
    expect(KNOWN_FILE_TYPES).toEqual(FILE_TYPE_NAMES);
  });
});
