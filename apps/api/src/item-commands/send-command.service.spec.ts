import { actors } from '@duban/testing';
import type { ItemCommand } from '@duban/domain';
import { updateIdFor } from './send-command.service';

describe('the idempotency key as a Temporal update id', () => {
  const report = (reportId: string, text = '已完成一半'): ItemCommand => ({
    type: 'report_progress',
    reportId,
    text,
    percent: 50,
  });

  it('is the same for the same key, caller and body, whatever ids the API generated for the command', () => {
    expect(updateIdFor('k-1', actors.leadHandler, report('a'))).toBe(
      updateIdFor('k-1', actors.leadHandler, report('b')),
    );
  });

  it('differs for another key, another caller or another body', () => {
    const first = updateIdFor('k-1', actors.leadHandler, report('a'));
    expect(updateIdFor('k-2', actors.leadHandler, report('a'))).not.toBe(first);
    expect(updateIdFor('k-1', actors.coopHandler, report('a'))).not.toBe(first);
    expect(updateIdFor('k-1', actors.leadHandler, report('a', '已完成大半'))).not.toBe(first);
  });

  it('tells apart decisions on two extension requests under one key', () => {
    const decide = (extensionId: string): ItemCommand => ({
      type: 'decide_extension',
      extensionId,
      decision: 'approve',
    });
    expect(updateIdFor('k', actors.office, decide('e-1'))).not.toBe(updateIdFor('k', actors.office, decide('e-2')));
  });
});
