import { Alert, Button, Card, Form, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { api, type Me } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { DelegationForm } from './delegation-form';
import {
  delegationPhase,
  shanghaiClock,
  shanghaiNow,
  sortDelegations,
  type CreateDelegation,
  type Delegation,
  type DelegationColleague,
  type DelegationPhase,
  type DelegationValues,
} from './delegation-values';

const PHASE_COLOUR: Record<DelegationPhase, string> = {
  active: 'green',
  upcoming: 'blue',
  ended: 'default',
  revoked: 'default',
};

/**
 * The same body sent again (a retry after a timeout) keeps its Idempotency-Key, so it takes effect
 * once; a changed body gets a new key (the API refuses a known key with another body).
 */
function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown): string => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: crypto.randomUUID() };
    return last.current.key;
  };
}

/**
 * 离岗委托: the unit's delegations of sign-off, running, to come and ended. A unit head sets one up
 * for a colleague and revokes it; an admin does so naming the head; the others see them, so a
 * delegate knows when it may sign off.
 */
export function DelegationsScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const d = t.delegations;
  const admin = me.roles.includes('admin');
  const manages = admin || me.roles.includes('unit_head');
  const delegations = useApiQuery<Delegation[]>('/delegations');
  const colleagues = useApiQuery<DelegationColleague[]>(manages ? '/delegations/colleagues' : null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<DelegationValues>();
  const { run, busy } = useApiCommand();
  const keyFor = useIdempotencyKey();
  const rows = useMemo(() => sortDelegations(delegations.data ?? []), [delegations.data]);

  const open = () => {
    form.resetFields();
    // From now, unless the head says otherwise.
    form.setFieldsValue({ startsAt: shanghaiNow() });
    setCreating(true);
  };
  const create = async (body: CreateDelegation) => {
    const idempotencyKey = keyFor(body);
    const result = await run(() => api<Delegation>('POST', '/delegations', body, { idempotencyKey }), d.saved);
    if (result.ok) {
      setCreating(false);
      await delegations.reload();
    }
  };
  const revoke = async (delegation: Delegation) => {
    if ((await run(() => api<void>('DELETE', `/delegations/${delegation.id}`), d.revoked)).ok)
      await delegations.reload();
  };
  const person = (p: { id: string; displayName: string }) =>
    p.id === me.id ? `${p.displayName}${d.you}` : p.displayName;

  return (
    <Card
      title={d.title}
      extra={
        manages && (
          <Button type="primary" onClick={open} data-testid="new-delegation">
            {d.create}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{d.intro}</Typography.Paragraph>
      {!manages && <Alert type="info" showIcon title={d.readOnly} style={{ marginBottom: 16 }} />}
      {delegations.error !== undefined && <ErrorAlert error={delegations.error} onRetry={delegations.reload} />}
      {colleagues.error !== undefined && <ErrorAlert error={colleagues.error} onRetry={colleagues.reload} />}
      <Table<Delegation>
        rowKey="id"
        size="small"
        loading={delegations.loading}
        dataSource={rows}
        locale={{ emptyText: d.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': 'delegation-row', 'data-phase': delegationPhase(row) }) as object}
        columns={[
          { title: d.delegator, key: 'delegator', render: (_, row) => person(row.delegator) },
          { title: d.delegate, key: 'delegate', render: (_, row) => person(row.delegate) },
          {
            title: d.period,
            key: 'period',
            render: (_, row) => `${shanghaiClock(row.startsAt)} → ${shanghaiClock(row.revokedAt ?? row.endsAt)}`,
          },
          { title: d.reason, dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
          {
            title: d.state,
            key: 'state',
            render: (_, row) => {
              const phase = delegationPhase(row);
              return <Tag color={PHASE_COLOUR[phase]}>{d.phases[phase]}</Tag>;
            },
          },
          ...(manages
            ? [
                {
                  key: 'revoke',
                  render: (_: unknown, row: Delegation) =>
                    ['active', 'upcoming'].includes(delegationPhase(row)) && (
                      <Popconfirm
                        title={d.revokeConfirm}
                        okText={d.revoke}
                        cancelText={t.cancel}
                        onConfirm={() => revoke(row)}
                      >
                        <Button size="small" danger data-testid="revoke-delegation">
                          {d.revoke}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      {manages && (
        <FormModal open={creating} title={d.createTitle} form={form} busy={busy} onCancel={() => setCreating(false)}>
          <DelegationForm form={form} colleagues={colleagues.data ?? []} admin={admin} onSubmit={create} />
        </FormModal>
      )}
    </Card>
  );
}
