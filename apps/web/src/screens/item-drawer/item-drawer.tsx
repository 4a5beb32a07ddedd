import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Grid,
  Popconfirm,
  Progress,
  Space,
  Table,
  Timeline,
  Typography,
} from 'antd';
import { api, type ActionType, type Item, type Milestone, type ProgressReport, type TimelineEvent } from '../../api';
import { cadenceText } from '../../components/cadence-text';
import { ColourTag, hasWarning } from '../../components/colour-tag';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';
import { exactTime } from '../drafts/draft-values';
import { ItemActions } from './item-actions';
import type { WorkAction } from './item-commands';
import { EvidenceLinks, evidenceOf, Extensions, ProgressReports } from './item-records';
import { timelineEntry } from './timeline-entry';

interface Props {
  itemId: string | null;
  /** Raised when the item was changed elsewhere (an edit): the drawer loads it afresh. */
  revision?: number;
  onClose: () => void;
  onEdit: (item: Item) => void;
  /** Something changed the item (published, deleted, acted on): the list reloads. */
  onChanged: () => void;
  /** Opens this action's form at once, when the item offers it (a to-do's action). */
  initialAction?: WorkAction;
}

/** One item in full: its fields, milestones, delay attribution and timeline. */
export function ItemDrawer({ itemId, revision = 0, ...props }: Props) {
  const { t } = useI18n();
  // On a phone the drawer takes the whole width.
  const narrow = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={itemId !== null}
      onClose={props.onClose}
      size={narrow ? '100%' : 'large'}
      title={null}
      data-testid="item-drawer"
    >
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
  initialAction,
}: Omit<Props, 'itemId' | 'revision'> & { itemId: string; t: Dictionary }) {
  const item = useApiQuery<Item>(`/items/${itemId}`);
  const timeline = useApiQuery<TimelineEvent[]>(`/items/${itemId}/timeline`);
  const published = item.data !== undefined && item.data.status !== 'draft';
  const reports = useApiQuery<ProgressReport[]>(published ? `/items/${itemId}/progress-reports` : null);
  const { run, busy } = useApiCommand();
  const reloadAll = async () => {
    await Promise.all([item.reload(), timeline.reload(), reports.reload()]);
  };

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
          <ItemActions
            item={it}
            initialAction={initialAction}
            onDone={async () => {
              onChanged();
              await reloadAll();
            }}
            onRefused={reloadAll}
          />
          <ItemFacts item={it} t={t} />
          <DelayAttribution item={it} t={t} />
          {published && (
            <>
              <Typography.Title level={5}>{t.work.progressReports}</Typography.Title>
              <QueryView query={reports}>{(list) => <ProgressReports item={it} reports={list} t={t} />}</QueryView>
            </>
          )}
          <QueryView query={timeline}>
            {(events) => (
              <>
                <Extensions events={events} t={t} />
                <Typography.Title level={5}>{t.timeline}</Typography.Title>
                <Timeline
                  data-testid="timeline"
                  items={events.map((e) => {
                    const { when, what, who } = timelineEntry(e, t);
                    return {
                      content: (
                        <div data-testid="timeline-entry">
                          {when} {what}
                          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                            {who}
                          </Typography.Text>
                          <EvidenceLinks files={evidenceOf(e)} />
                        </div>
                      ),
                    };
                  })}
                />
              </>
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
  // Due today with its hour already gone: 今日到期 alone would read as still in time.
  const pastToday = item.workdaysLeft === 0 && Date.parse(item.dueAt) < Date.now();
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
      {item.awaitingConfirmation.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          data-testid="awaiting-confirmation"
          title={t.work.awaitingConfirmation(
            item.awaitingConfirmation
              .map((id) => item.cooperatingUnits.find((u) => u.id === id)?.name ?? '')
              .join('、'),
          )}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        style={{ marginBottom: 16 }}
        data-testid="item-facts"
        items={[
          { key: 'status', label: t.status, children: t.statuses[item.status] },
          {
            key: 'colour',
            label: t.colour,
            children: hasWarning(item.status) ? (
              <ColourTag colour={item.colour}>
                {t.colours[item.colour]}
                {item.escalationLevel ? ` · ${t.levelTag(item.escalationLevel)}` : ''}
              </ColourTag>
            ) : (
              '—'
            ),
          },
          { key: 'lead', label: t.leadUnit, children: item.leadUnit.name },
          {
            key: 'cooperating',
            label: t.cooperatingUnits,
            children: item.cooperatingUnits.map((u) => u.name).join('、') || t.none,
          },
          {
            key: 'deadline',
            label: t.deadline,
            children: (
              <span data-testid="deadline">
                {time ? `${item.deadline} ${time}` : item.deadline}
                {item.workdaysLeft !== null && (
                  <Typography.Text
                    type={item.workdaysLeft < 0 || pastToday ? 'danger' : 'secondary'}
                    style={{ marginLeft: 8 }}
                  >
                    {pastToday ? t.work.dueTodayPassed : t.work.workdaysLeft(item.workdaysLeft)}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'leader',
            label: t.supervisingLeader,
            children: item.supervisingLeader?.displayName ?? item.supervisingLeaderText ?? t.none,
          },
          { key: 'category', label: t.category, children: t.categories[item.category] },
          { key: 'priority', label: t.priority, children: t.priorities[item.priority] },
          { key: 'cadence', label: t.reportingCadence, children: cadenceText(item.reportingCadence, t) },
          {
            key: 'progress',
            label: t.progress,
            children: (
              // A closed item reads 100%, not only a tick.
              <Progress percent={item.progressPercent} format={(p) => `${p}%`} size="small" data-testid="progress" />
            ),
          },
          ...(item.closedAt
            ? [
                {
                  key: 'closedAt',
                  label: t.work.closedAt,
                  span: 2,
                  children: item.closedAt.slice(0, 16).replace('T', ' '),
                },
              ]
            : []),
          ...(item.ratingGrade
            ? [
                {
                  key: 'rating',
                  label: t.work.rating,
                  span: 2,
                  children: `${t.work.grades[item.ratingGrade]}${item.ratingComment ? `：${item.ratingComment}` : ''}`,
                },
              ]
            : []),
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
          scroll={{ x: 520 }}
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
