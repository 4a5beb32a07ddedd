import { Card, Table, Tag, Typography } from 'antd';
import type { Item } from '../../api';
import type { ItemPage, Me } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

/**
 * The items escalated to this leader, most escalated first. By the default ladder a supervising
 * leader is told at level 2 (of the items they supervise) and the leadership at level 3 (of all).
 * Null for anyone else.
 */
export function escalationsQuery(me: Me): string | null {
  const base = 'sort=escalationLevel&order=desc&pageSize=10';
  if (me.roles.includes('leadership')) return `/items?minEscalationLevel=3&${base}`;
  if (me.roles.includes('leader')) return `/items?supervisingLeaderId=${me.id}&minEscalationLevel=2&${base}`;
  return null;
}

/** "Escalated to me": a leader's own escalations, on top of the board; a click opens the item. */
export function EscalationsCard({ me, onOpen }: { me: Me; onOpen: (itemId: string) => void }) {
  const { t } = useI18n();
  const e = t.escalations;
  const path = escalationsQuery(me);
  const items = useApiQuery<ItemPage>(path);
  if (path === null) return null;
  return (
    <Card
      size="small"
      title={e.title(items.data?.total ?? 0)}
      style={{ marginBottom: 16, borderColor: items.data?.total ? '#ffa39e' : undefined }}
      data-testid="my-escalations"
    >
      {items.error !== undefined && <ErrorAlert error={items.error} onRetry={items.reload} />}
      <Table<Item>
        size="small"
        showHeader={false}
        pagination={false}
        rowKey="id"
        loading={items.loading}
        locale={{ emptyText: e.none }}
        scroll={{ x: 640 }} // on a phone: sideways, not a title a character per line
        dataSource={items.data?.items ?? []}
        onRow={(item) => ({
          onClick: () => onOpen(item.id),
          style: { cursor: 'pointer' },
          'data-testid': 'my-escalation',
        })}
        columns={[
          {
            key: 'level',
            width: 56,
            render: (_, item) => (
              <Tag color="red" data-level={item.escalationLevel}>
                {t.levelTag(item.escalationLevel)}
              </Tag>
            ),
          },
          { key: 'title', render: (_, item) => <Typography.Text strong>{item.title}</Typography.Text> },
          { key: 'unit', width: 160, render: (_, item) => item.leadUnit.name },
          {
            key: 'deadline',
            width: 260,
            render: (_, item) => (
              <Typography.Text type="danger">
                {item.workdaysLeft !== null && item.workdaysLeft < 0
                  ? e.overdue(item.deadline, -item.workdaysLeft)
                  : item.deadline}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
