import { Alert, App, Button, Card, Collapse, Form, Modal, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { api, type MigrationChange, type Policy, type PolicyRule } from '../../api';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';
import { PolicyForm } from './policy-form';
import type { CreatePolicy, PolicyValues } from './policy-values';

/**
 * A firing's key (`after_deadline:4wd@deadline:2026-11-20`, `before_deadline:PT10M@…`) in words:
 * 时限后 4 个工作日. What follows the @ names the occurrence, which the row's item already says.
 */
function ruleKeyText(key: string, t: Dictionary): string {
  const [trigger, offset = ''] = key.split('@')[0].split(':');
  const workdays = /^(\d+)wd$/.exec(offset);
  const when = t.triggers[trigger as keyof Dictionary['triggers']] ?? trigger;
  return `${when} ${workdays ? `${workdays[1]} ${t.workdays}` : offset}`;
}

interface Props {
  /** The office moves open items to a version. */
  canMigrate: boolean;
  /** An admin writes new versions, and may preview what moving to one would change. */
  canCreate: boolean;
}

/** The escalation policy versions: an admin writes a new one in a form; its migration is previewed, then applied by the office. */
export function PoliciesScreen({ canMigrate, canCreate }: Props) {
  const { t } = useI18n();
  const p = t.policyForm;
  const policies = useApiQuery<Policy[]>('/policies');
  const { run, busy } = useApiCommand();
  const { message } = App.useApp();
  const [writing, setWriting] = useState(false);
  const [form] = Form.useForm<PolicyValues>();
  const [openPanels, setOpenPanels] = useState<string[] | null>(null);
  const canPreview = canMigrate || canCreate;

  const create = async (body: CreatePolicy) => {
    const result = await run(() => api<Policy>('POST', '/policies', body));
    if (!result.ok) return;
    setWriting(false);
    void message.success(p.saved(result.value.version));
    await policies.reload();
    setOpenPanels([String(result.value.version)]);
    await migrate(result.value.version, true);
  };
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
    <Card
      title={t.policies}
      extra={
        canCreate && (
          <Button type="primary" onClick={() => setWriting(true)} data-testid="new-policy">
            {p.newVersion}
          </Button>
        )
      }
    >
      {canCreate && !canMigrate && <Alert type="info" showIcon title={p.previewOnly} style={{ marginBottom: 12 }} />}
      {/* Above the versions: what moving to one would change is seen without scrolling. */}
      {preview && (
        <Card
          type="inner"
          style={{ marginBottom: 16 }}
          data-testid="migration-preview"
          title={`${preview.applied ? t.migrated : t.previewMigration} → v${preview.version}`}
          extra={
            !preview.applied &&
            canMigrate && (
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
            locale={{ emptyText: p.noChanges }}
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
              {
                title: t.firesAtOnce,
                render: (_, c) => c.firesAtOnce.map((key) => ruleKeyText(key, t)).join('、') || '—',
              },
              {
                title: t.outcome,
                // Why an item failed is the API's own text: a hint under the outcome, not the outcome.
                render: (_, c) =>
                  c.error ? (
                    <Tooltip title={c.error}>
                      <Tag color="red">{t.outcomes[c.outcome]}</Tag>
                    </Tooltip>
                  ) : (
                    t.outcomes[c.outcome]
                  ),
              },
            ]}
          />
        </Card>
      )}
      <QueryView query={policies}>
        {(versions) => (
          <Collapse
            activeKey={openPanels ?? (versions[0] ? [String(versions[0].version)] : [])}
            onChange={(keys) => setOpenPanels(keys)}
            items={versions.map((p, index) => ({
              key: String(p.version),
              label: (
                <Space>
                  {`v${p.version} · ${p.name}`}
                  {index === 0 && <Tag color="blue">{t.policyForm.newest}</Tag>}
                </Space>
              ),
              extra: canPreview && (
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
                    { title: t.level, render: (_, r) => (r.level ? t.levelTag(r.level) : '—') },
                    { title: t.recipients, render: (_, r) => r.recipients.map((x) => t.recipientNames[x]).join('、') },
                  ]}
                />
              ),
            }))}
          />
        )}
      </QueryView>
      <Modal
        open={writing}
        title={p.newVersion}
        width={1080}
        okText={t.save}
        cancelText={t.cancel}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setWriting(false)}
        destroyOnHidden
      >
        {policies.data?.[0] && (
          <Alert type="info" title={p.basedOn(policies.data[0].version)} style={{ marginBottom: 12 }} />
        )}
        <PolicyForm base={policies.data?.[0]} form={form} onSubmit={(body) => void create(body)} />
      </Modal>
    </Card>
  );
}
