import { auditEntryHash, canonicalAuditEntry, type AuditEntryText } from './canonical-entry';
import { redactSecrets } from './audit-writer';

const entry: AuditEntryText = {
  seq: '7',
  prev_hash: 'a'.repeat(64),
  hash: '',
  at: '2024-03-31T16:00:00.123456Z',
  actor_id: '00000000-0000-4000-8000-000000000001',
  actor_username: '督查室 王敏',
  on_behalf_of_id: null,
  on_behalf_of_username: null,
  unit_id: '00000000-0000-4000-8000-000000000002',
  action: 'item.signoff',
  object_type: 'item',
  object_id: '00000000-0000-4000-8000-000000000003',
  result: 'refused',
  status: '409',
  message: '不符合\n"状态"',
  client_address: '::ffff:127.0.0.1',
  request_id: 'req-1',
  timeline_event_id: null,
  details: '{"a": [1, null, true], "body": {"n": 1.50, "decision": "approve"}}',
};

describe('the canonical form of an audit entry', () => {
  it('is the JSON array json_build_array() writes: numbers bare, text escaped, details as jsonb text', () => {
    expect(canonicalAuditEntry(entry)).toBe(
      `[1, 7, "${'a'.repeat(64)}", "2024-03-31T16:00:00.123456Z", "00000000-0000-4000-8000-000000000001", ` +
        `"督查室 王敏", null, null, "00000000-0000-4000-8000-000000000002", "item.signoff", "item", ` +
        `"00000000-0000-4000-8000-000000000003", "refused", 409, "不符合\\n\\"状态\\"", "::ffff:127.0.0.1", "req-1", null, ` +
        `{"a": [1, null, true], "body": {"n": 1.50, "decision": "approve"}}]`,
    );
  });

  it("hashes to what PostgreSQL's audit_entry_hash() gives the same row (pinned: changing the form breaks every chain)", () => {
    expect(auditEntryHash(entry)).toBe('dd371e44c8f1786247bc756971d6ee35cdd0f51366dadf0d016de70b4d89bbc1');
    expect(auditEntryHash({ ...entry, seq: '8' })).not.toBe(auditEntryHash(entry));
  });
});

describe('the details of an entry', () => {
  it('never hold a password, token or secret, however deep', () => {
    expect(
      redactSecrets({
        username: 'office',
        password: 'Duban@2024',
        nested: [{ newPassword: 'x', refreshToken: 'y', WEBHOOK_SECRET: 'z', passport: 'kept' }],
        token: null,
      }),
    ).toEqual({
      username: 'office',
      password: '[redacted]',
      nested: [
        { newPassword: '[redacted]', refreshToken: '[redacted]', WEBHOOK_SECRET: '[redacted]', passport: 'kept' },
      ],
      token: null,
    });
  });

  it('cut a long text, saying how long it was', () => {
    expect(redactSecrets({ ics: 'x'.repeat(5000) })).toEqual({ ics: `${'x'.repeat(2000)}… (5000 characters)` });
  });
});
