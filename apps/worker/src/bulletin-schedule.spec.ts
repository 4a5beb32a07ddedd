import { ScheduleOverlapPolicy } from '@temporalio/client';
import { BULLETIN_SCHEDULE_ID, BULLETIN_WORKFLOW } from '@duban/contracts';
import { loadConfig } from '@duban/config';
import { bulletinSchedule } from './bulletin-schedule';

describe("the weekly bulletin's Schedule", () => {
  it('fires on the configured cron line in Shanghai time, catching up a missed week, with no input to encrypt', () => {
    const options = bulletinSchedule('0 9 * * 1');
    expect(options.scheduleId).toBe(BULLETIN_SCHEDULE_ID);
    expect(options.spec).toEqual({ cronExpressions: ['0 9 * * 1'], timezone: 'Asia/Shanghai' });
    expect(options.action).toMatchObject({ type: 'startWorkflow', workflowType: BULLETIN_WORKFLOW });
    expect((options.action as { args?: unknown[] }).args).toBeUndefined();
    expect(options.policies).toEqual({ overlap: ScheduleOverlapPolicy.BUFFER_ALL, catchupWindow: '7 days' });
  });

  it('defaults to Monday 09:00, and refuses a line that is not five fields', () => {
    const base = { DATABASE_URL: 'postgres://x', NODE_ENV: 'test' };
    expect(loadConfig(base).BULLETIN_SCHEDULE).toBe('0 9 * * 1');
    expect(() => loadConfig({ ...base, BULLETIN_SCHEDULE: 'every monday' })).toThrow(/BULLETIN_SCHEDULE/);
  });
});
