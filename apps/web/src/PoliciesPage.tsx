import { Button, Card, Collapse, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from './api';
import { dictionaries, type Lang } from './i18n';

interface PolicyRule {
  trigger: string;
  offset: { workdays?: number; duration?: string };
  colour: string | null;
  level: number;
  recipients: string[];
  bulletin: boolean;
}
interface Policy {
  version: number;
  name: string;
  riskMarginPoints: number;
  rules: PolicyRule[];
}
interface MigrationChange {
  itemId: string;
  title: string;
  from: { policyVersion: number; colour: string; escalationLevel: number };
  to: { policyVersion: number; colour: string; escalationLevel: number };
  firesAtOnce: string[];
  changesColour: boolean;
  changesLevel: boolean;
  outcome: string;
}

/** The escalation policy versions, and the office's previewed move of open items to one. */
export function PoliciesPage({ lang, canMigrate }: { lang: Lang; canMigrate: boolean }) {
  const t = dictionaries[lang];
  const [policies, setPolicies] = useState<Policy[]>([]);
  const [preview, setPreview] = useState<{ version: number; changes: MigrationChange[]; applied: boolean } | null>(
    null,
  );
  useEffect(() => void api<Policy[]>('GET', '/policies').then(setPolicies), []);

  const migrate = async (version: number, dryRun: boolean) => {
    const changes = await api<MigrationChange[]>('POST', '/policies/migration', { policyVersion: version, dryRun });
    setPreview({ version, changes, applied: !dryRun });
  };
  const offset = (o: PolicyRule['offset']) => o.duration ?? `${o.workdays} ${t.workdays}`;

  return (
    <Card title={t.policies}>
      <Collapse
        defaultActiveKey={policies[0] ? [String(policies[0].version)] : []}
        items={policies.map((p) => ({
          key: String(p.version),
          label: `v${p.version} · ${p.name}`,
          extra: canMigrate && (
            <Button
              size="small"
              data-testid={`preview-${p.version}`}
              onClick={(e) => (e.stopPropagation(), migrate(p.version, true))}
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
                { title: t.trigger, render: (_, r) => t.triggers[r.trigger] ?? r.trigger },
                { title: t.offset, render: (_, r) => offset(r.offset) },
                {
                  title: t.colour,
                  render: (_, r) =>
                    r.colour ? <Tag color={r.colour === 'yellow' ? 'gold' : r.colour}>{t.colours[r.colour]}</Tag> : '—',
                },
                { title: t.level, render: (_, r) => (r.level ? `L${r.level}` : '—') },
                { title: t.recipients, render: (_, r) => r.recipients.map((x) => t.recipientNames[x] ?? x).join('、') },
              ]}
            />
          ),
        }))}
      />
      {preview && (
        <Card
          type="inner"
          style={{ marginTop: 16 }}
          data-testid="migration-preview"
          title={`${preview.applied ? t.migrated : t.previewMigration} → v${preview.version}`}
          extra={
            !preview.applied && (
              <Button type="primary" danger onClick={() => migrate(preview.version, false)}>
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
              { title: t.outcome, render: (_, c) => t.outcomes[c.outcome] ?? c.outcome },
            ]}
          />
        </Card>
      )}
    </Card>
  );
}
