import { Button, Card, Collapse, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, type MigrationChange, type Policy, type PolicyRule } from '../../api';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

/** The escalation policy versions, and the office's previewed move of open items to one. */
export function PoliciesScreen({ canMigrate }: { canMigrate: boolean }) {
  const { t } = useI18n();
  const policies = useApiQuery<Policy[]>('/policies');
  const { run, busy } = useApiCommand();
  const [preview, setPreview] = useState<{ version: number; changes: MigrationChange[]; applied: boolean } | null>(
    null,
  );

  const migrate = async (version: number, dryRun: boolean) => {
    const result = await run(() =>
      api<MigrationChange[]>('POST', '/policies/migration', { policyVersion: version, dryRun }),
    );
    if (result.ok) setPreview({ version, changes: result.value, applied: !dryRun });
  };
  const offset = (o: PolicyRule['offset']) => o.duration ?? `${o.workdays} ${t.workdays}`;

  return (
    <Card title={t.policies}>
      <QueryView query={policies}>
        {(versions) => (
          <Collapse
            defaultActiveKey={versions[0] ? [String(versions[0].version)] : []}
            items={versions.map((p) => ({
              key: String(p.version),
              label: `v${p.version} · ${p.name}`,
              extra: canMigrate && (
                <Button
                  size="small"
                  data-testid={`preview-${p.version}`}
                  loading={busy}
                  onClick={(e) => (e.stopPropagation(), void migrate(p.version, true))}
                >
                  {t.previewMigration}
                </Button>
              ),
              children: (
                <Table<PolicyRule>
                  size="small"
                  pagination={false}
                  rowKey={(r) => `${r.trigger}${offset(r.offset)}`}
                  dataSource={p.rules}
                  columns={[
                    { title: t.trigger, render: (_, r) => t.triggers[r.trigger] },
                    { title: t.offset, render: (_, r) => offset(r.offset) },
                    {
                      title: t.colour,
                      render: (_, r) =>
                        r.colour ? (
                          <Tag color={r.colour === 'yellow' ? 'gold' : r.colour}>{t.colours[r.colour]}</Tag>
                        ) : (
                          '—'
                        ),
                    },
                    { title: t.level, render: (_, r) => (r.level ? `L${r.level}` : '—') },
                    { title: t.recipients, render: (_, r) => r.recipients.map((x) => t.recipientNames[x]).join('、') },
                  ]}
                />
              ),
            }))}
          />
        )}
      </QueryView>
      {preview && (
        <Card
          type="inner"
          style={{ marginTop: 16 }}
          data-testid="migration-preview"
          title={`${preview.applied ? t.migrated : t.previewMigration} → v${preview.version}`}
          extra={
            !preview.applied && (
              <Button type="primary" danger loading={busy} onClick={() => void migrate(preview.version, false)}>
                {t.applyMigration}
              </Button>
            )
          }
        >
          <Table<MigrationChange>
            size="small"
            pagination={false}
            rowKey="itemId"
            dataSource={preview.changes}
            columns={[
              { title: t.title, dataIndex: 'title' },
              {
                title: t.colour,
                render: (_, c) => (
                  <Space>
                    {t.colours[c.from.colour]}
                    {c.changesColour && <b>→ {t.colours[c.to.colour]}</b>}
                  </Space>
                ),
              },
              {
                title: t.level,
                render: (_, c) => (
                  <Space>
                    {c.from.escalationLevel}
                    {c.changesLevel && <b>→ {c.to.escalationLevel}</b>}
                  </Space>
                ),
              },
              { title: t.firesAtOnce, render: (_, c) => c.firesAtOnce.length },
              {
                title: t.outcome,
                render: (_, c) => (c.error ? `${t.outcomes[c.outcome]}：${c.error}` : t.outcomes[c.outcome]),
              },
            ]}
          />
        </Card>
      )}
    </Card>
  );
}
