import { Alert, Button, Descriptions, Drawer, Popconfirm, Progress, Space, Table, Timeline, Typography } from 'antd';
import { api, type ActionType, type Item, type Milestone, type TimelineEvent } from '../../api';
import { cadenceText } from '../../components/cadence-text';
import { ColourTag } from '../../components/colour-tag';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';
import { exactTime } from '../drafts/draft-values';
import { timelineEntry } from './timeline-entry';

interface Props {
  itemId: string | null;
  /** Raised when the item was changed elsewhere (an edit): the drawer loads it afresh. */
  revision?: number;
  onClose: () => void;
  onEdit: (item: Item) => void;
  /** Something changed the item (published, deleted): the board reloads. */
  onChanged: () => void;
}

/** One item in full: its fields, milestones, delay attribution and timeline. */
export function ItemDrawer({ itemId, revision = 0, ...props }: Props) {
  const { t } = useI18n();
  return (
    <Drawer open={itemId !== null} onClose={props.onClose} size="large" title={null} data-testid="item-drawer">
      {/* Keyed by the item: nothing of the previous item survives a switch. */}
      {itemId && <ItemDetails key={`${itemId}:${revision}`} itemId={itemId} t={t} {...props} />}
    </Drawer>
  );
}

function ItemDetails({
  itemId,
  t,
  onClose,
  onEdit,
  onChanged,
}: Omit<Props, 'itemId' | 'revision'> & { itemId: string; t: Dictionary }) {
  const item = useApiQuery<Item>(`/items/${itemId}`);
  const timeline = useApiQuery<TimelineEvent[]>(`/items/${itemId}/timeline`);
  const { run, busy } = useApiCommand();

  const remove = async () => {
    if ((await run(() => api('DELETE', `/items/${itemId}`), t.drafts.deleted)).ok) {
      onChanged();
      onClose();
    }
  };
  const publish = async () => {
    if ((await run(() => api<Item>('POST', `/items/${itemId}/publish`), t.drafts.published)).ok) {
      onChanged();
      await Promise.all([item.reload(), timeline.reload()]);
    }
  };

  return (
    <QueryView query={item}>
      {(it) => (
        <>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} align="start">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="item-title">
              {it.title}
            </Typography.Title>
            {/* Exactly the draft's actions this user may take now. */}
            <Space>
              {may(it, 'edit') && <Button onClick={() => onEdit(it)}>{t.edit}</Button>}
              {may(it, 'delete') && (
                <Popconfirm title={t.drafts.deleteConfirm} onConfirm={remove} okButtonProps={{ danger: true }}>
                  <Button danger loading={busy}>
                    {t.delete}
                  </Button>
                </Popconfirm>
              )}
              {may(it, 'publish') && (
                <Button type="primary" onClick={() => void publish()} loading={busy}>
                  {t.drafts.publish}
                </Button>
              )}
            </Space>
          </Space>
          <ItemFacts item={it} t={t} />
          <DelayAttribution item={it} t={t} />
          <Typography.Title level={5}>{t.timeline}</Typography.Title>
          <QueryView query={timeline}>
            {(events) => (
              <Timeline
                data-testid="timeline"
                items={events.map((e) => {
                  const { when, what, who } = timelineEntry(e, t);
                  return {
                    content: (
                      <>
                        {when} {what}
                        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                          {who}
                        </Typography.Text>
                      </>
                    ),
                  };
                })}
              />
            )}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}

const may = (item: Item, action: ActionType) => item.actions.some((a) => a.type === action);

function ItemFacts({ item, t }: { item: Item; t: Dictionary }) {
  const time = exactTime(item);
  return (
    <>
      {item.attention && (
        <Alert type="error" style={{ marginBottom: 16 }} title={t.attention} description={item.attention} />
      )}
      {item.pendingExtension && (
        <Alert
          type="warning"
          style={{ marginBottom: 16 }}
          title={t.pendingExtension(item.pendingExtension.requestedDeadline, item.pendingExtension.reason)}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={2}
        style={{ marginBottom: 16 }}
        data-testid="item-facts"
        items={[
          { key: 'status', label: t.status, children: t.statuses[item.status] },
          {
            key: 'colour',
            label: t.colour,
            children: (
              <ColourTag colour={item.colour}>
                {t.colours[item.colour]}
                {item.escalationLevel ? ` L${item.escalationLevel}` : ''}
              </ColourTag>
            ),
          },
          { key: 'lead', label: t.leadUnit, children: item.leadUnit.name },
          {
            key: 'cooperating',
            label: t.cooperatingUnits,
            children: item.cooperatingUnits.map((u) => u.name).join('、') || t.none,
          },
          { key: 'deadline', label: t.deadline, children: time ? `${item.deadline} ${time}` : item.deadline },
          { key: 'leader', label: t.supervisingLeader, children: item.supervisingLeader?.displayName ?? t.none },
          { key: 'category', label: t.category, children: t.categories[item.category] },
          { key: 'priority', label: t.priority, children: t.priorities[item.priority] },
          { key: 'cadence', label: t.reportingCadence, children: cadenceText(item.reportingCadence, t) },
          {
            key: 'progress',
            label: t.progress,
            children: <Progress percent={item.progressPercent} size="small" />,
          },
          { key: 'source', label: t.source, span: 2, children: item.source ?? t.none },
          {
            key: 'content',
            label: t.content,
            span: 2,
            children: <span style={{ whiteSpace: 'pre-line' }}>{item.content || t.none}</span>,
          },
        ]}
      />
      {item.milestones.length > 0 && (
        <Table<Milestone>
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginBottom: 16 }}
          data-testid="milestones"
          dataSource={item.milestones}
          columns={[
            { title: t.drafts.milestoneTitle, dataIndex: 'title' },
            { title: t.drafts.milestoneDeadline, dataIndex: 'deadline', width: 110 },
            {
              title: t.drafts.targetValue,
              width: 120,
              render: (_, m) => (m.targetValue === null ? '—' : `${m.targetValue} ${m.valueUnit ?? ''}`),
            },
            {
              title: t.actual,
              width: 120,
              render: (_, m) => (m.actualValue === null ? '—' : `${m.actualValue} ${m.valueUnit ?? ''}`),
            },
          ]}
        />
      )}
    </>
  );
}

function DelayAttribution({ item, t }: { item: Item; t: Dictionary }) {
  const delay = item.delayAttribution ?? [];
  if (delay.length === 0) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t.delay}
      data-testid="delay-attribution"
      style={{ marginBottom: 16 }}
      items={delay.map((d) => ({
        key: `${d.party}${d.unitId ?? ''}`,
        label: `${t.parties[d.party]}${
          d.unitId ? `：${item.cooperatingUnits.find((u) => u.id === d.unitId)?.name ?? ''}` : ''
        }`,
        children: d.workdays,
      }))}
    />
  );
}
