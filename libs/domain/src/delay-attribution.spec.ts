import { BusinessCalendar } from './business-calendar';
import { attributeDelay, type TimelineFact } from './delay-attribution';
import type { ItemEventType } from './item-events';

const calendar = new BusinessCalendar([{ year: 2030, holidays: [], adjustedWorkdays: [], source: 'office' }]);
const at = (iso: string) => new Date(iso);
const fact = (type: ItemEventType, iso: string, toStatus: TimelineFact['toStatus'], data = {}): TimelineFact =>
  ({ type, at: at(iso), toStatus, data }) as TimelineFact;

describe('delay attribution (责任倒查)', () => {
  it('charges each late workday to whoever held the item when it ended', () => {
    // Deadline Friday 4 Jan 2030; late workdays run from Monday 7 Jan.
    const events = [
      fact('published', '2029-12-20T01:00:00Z', 'assigned'),
      fact('acknowledged', '2029-12-20T02:00:00Z', 'in_progress'),
      fact('completion_requested', '2030-01-08T03:00:00Z', 'awaiting_signoff'), // Tue: unit head from Tue on
      fact('signed_off', '2030-01-10T03:00:00Z', 'under_review'), // Thu: office
      fact('suspended', '2030-01-11T03:00:00Z', 'suspended'), // Fri
      fact('resumed', '2030-01-15T03:00:00Z', 'under_review'), // Tue
      fact('closed', '2030-01-16T03:00:00Z', 'closed'), // Wed
    ];
    const shares = attributeDelay('2030-01-04', events, calendar, at('2030-02-01T00:00:00Z'));
    expect(shares).toEqual([
      { party: 'lead_unit', workdays: 1, dates: ['2030-01-07'] },
      { party: 'unit_head', workdays: 2, dates: ['2030-01-08', '2030-01-09'] },
      { party: 'office', workdays: 3, dates: ['2030-01-10', '2030-01-15', '2030-01-16'] },
      { party: 'suspended', workdays: 2, dates: ['2030-01-11', '2030-01-14'] },
    ]);
  });

  it('counts the days an extension granted late covers as extension_granted', () => {
    const events = [
      fact('published', '2029-12-20T01:00:00Z', 'assigned'),
      fact('acknowledged', '2029-12-20T02:00:00Z', 'in_progress'),
      fact('extension_approved', '2030-01-07T01:00:00Z', 'in_progress', { requestedDeadline: '2030-01-09' }),
    ];
    const shares = attributeDelay('2030-01-04', events, calendar, at('2030-01-11T02:00:00Z'));
    expect(shares).toEqual([
      { party: 'lead_unit', workdays: 2, dates: ['2030-01-10', '2030-01-11'] },
      { party: 'extension_granted', workdays: 3, dates: ['2030-01-07', '2030-01-08', '2030-01-09'] },
    ]);
  });

  it("charges the days a cooperating unit's confirmation was awaited to that unit", () => {
    const events = [
      fact('published', '2029-12-20T01:00:00Z', 'assigned'),
      fact('acknowledged', '2029-12-20T02:00:00Z', 'in_progress'),
      fact('confirmation_requested', '2030-01-07T02:00:00Z', 'in_progress', { unitId: 'coop-a' }), // Mon
      fact('confirmed', '2030-01-09T02:00:00Z', 'in_progress', { unitId: 'coop-a' }), // Wed
    ];
    expect(attributeDelay('2030-01-04', events, calendar, at('2030-01-10T02:00:00Z'))).toEqual([
      { party: 'lead_unit', workdays: 2, dates: ['2030-01-09', '2030-01-10'] },
      { party: 'cooperating_unit', unitId: 'coop-a', workdays: 2, dates: ['2030-01-07', '2030-01-08'] },
    ]);
  });

  it('finds no delay for an item closed on time', () => {
    const events = [
      fact('published', '2029-12-20T01:00:00Z', 'assigned'),
      fact('closed', '2030-01-03T01:00:00Z', 'closed'),
    ];
    expect(attributeDelay('2030-01-04', events, calendar, at('2030-02-01T00:00:00Z'))).toEqual([]);
  });
});
