import { Button, Card, Popconfirm, Progress, Space, Table, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Colour, Item, ItemPage, ItemStatus, Me, Unit } from '../../api';
import { ColourTag, hasWarning } from '../../components/colour-tag';
import { ErrorAlert } from '../../components/error-alert';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { DraftEditor } from '../drafts/draft-editor';
import { publishDrafts, PublishResults, type PublishOutcome } from '../drafts/publish-drafts';
import { ItemDrawer } from '../item-drawer/item-drawer';
import { BoardFilterBar, type LeaderOption } from './board-filter-bar';
import { filtersFromSearch, itemsQuery, PAGE_SIZES, searchOfFilters, type BoardFilters } from './board-filters';
import { EscalationsCard } from './escalations-card';

// A message links to the console at /?item=<id>: that item opens on arrival.
const linkedItem = () => new URLSearchParams(window.location.search).get('item');

/**
 * The filters kept in the address, so a view can be bookmarked and shared; the back button
 * steps through earlier filters.
 */
function useFiltersInAddress(): [BoardFilters, (next: BoardFilters) => void] {
  const [filters, setFilters] = useState(() => filtersFromSearch(window.location.search));
  useEffect(() => {
    const back = () => setFilters(filtersFromSearch(window.location.search));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  const change = useCallback((next: BoardFilters) => {
    const search = searchOfFilters(next, new URLSearchParams(window.location.search));
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    setFilters(next);
  }, []);
  return [filters, change];
}

/** The leaders to filter by: the office's full list, or those the items name (the API lists users to the office and admins). */
function useLeaderOptions(me: Me): LeaderOption[] {
  const full = me.roles.includes('office') || me.roles.includes('admin');
  const listed = useApiQuery<LeaderOption[]>(full ? '/users/leaders' : null);
  const named = useApiQuery<ItemPage>(full ? null : '/items?pageSize=200');
  if (full) return listed.data ?? [];
  const byId = new Map<string, LeaderOption>();
  for (const item of named.data?.items ?? [])
    if (item.supervisingLeader) byId.set(item.supervisingLeader.id, item.supervisingLeader);
  return [...byId.values()];
}

/**
 * The items the caller may see, filtered and paged by the API; the office creates and publishes
 * drafts here. Everyone else reads: a leader finds the items escalated to them on top.
 */
export function BoardScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const office = me.roles.includes('office');
  const [filters, setFilters] = useFiltersInAddress();
  const units = useApiQuery<Unit[]>('/units');
  const leaders = useLeaderOptions(me);
  const [selectedId, setSelectedId] = useState<string | null>(linkedItem);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [chosenDrafts, setChosenDrafts] = useState<Item[]>([]);
  const [outcomes, setOutcomes] = useState<PublishOutcome[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [revision, setRevision] = useState(0);

  const items = useApiQuery<ItemPage>(itemsQuery(filters));
  const { reload } = items;

  const publishChosen = async () => {
    setPublishing(true);
    try {
      setOutcomes(await publishDrafts(chosenDrafts, t));
      await reload();
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <EscalationsCard me={me} onOpen={setSelectedId} />
      <Card
        title={t.total(items.data?.total ?? 0)}
        extra={
          <Space wrap>
            {office && (
              <>
                <Button type="primary" onClick={() => setEditing('new')} data-testid="new-draft">
                  {t.drafts.newDraft}
                </Button>
                <Popconfirm
                  title={t.drafts.publishConfirm(chosenDrafts.length)}
                  onConfirm={publishChosen}
                  disabled={chosenDrafts.length === 0}
                >
                  <Button disabled={chosenDrafts.length === 0} loading={publishing} data-testid="publish-selected">
                    {t.drafts.publishSelected(chosenDrafts.length)}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        }
      >
        <BoardFilterBar filters={filters} onChange={setFilters} units={units.data ?? []} leaders={leaders} />
        {items.error !== undefined && <ErrorAlert error={items.error} onRetry={reload} />}
        <Table<Item>
          rowKey="id"
          size="middle"
          loading={items.loading}
          // On a phone the columns keep their widths and the table scrolls sideways, not a character per line.
          scroll={{ x: 900 }}
          dataSource={items.data?.items ?? []}
          rowSelection={
            office
              ? {
                  selectedRowKeys: chosenDrafts.map((d) => d.id),
                  onChange: (_, rows) => setChosenDrafts(rows.filter((r) => r.status === 'draft')),
                  getCheckboxProps: (item) => ({ disabled: item.status !== 'draft' }),
                }
              : undefined
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            onChange: (page, pageSize) =>
              setFilters({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize }),
          }}
          onRow={(item) => ({
            // A click on the selection checkbox chooses the draft; anywhere else opens the item.
            onClick: (e) => {
              if (!(e.target as HTMLElement).closest('.ant-table-selection-column')) setSelectedId(item.id);
            },
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t.colour,
              dataIndex: 'colour',
              width: 90,
              render: (c: Colour, item) =>
                !hasWarning(item.status) ? (
                  '—'
                ) : (
                  <Tooltip title={item.risk.map((r) => t.risks[r]).join('、') || undefined}>
                    <span>
                      <ColourTag colour={c}>{t.colours[c]}</ColourTag>
                    </span>
                  </Tooltip>
                ),
            },
            { title: t.title, dataIndex: 'title' },
            { title: t.leadUnit, width: 140, render: (_, item) => item.leadUnit.name },
            {
              title: t.deadline,
              dataIndex: 'deadline',
              width: 190,
              render: (d: string, item) => (
                <Space size={4} wrap>
                  <span style={{ whiteSpace: 'nowrap' }}>{d}</span>
                  {item.calendarFallback && (
                    <Tooltip title={t.calendarFallbackHint}>
                      <Tag data-testid="calendar-fallback">{t.calendarFallback}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            {
              title: t.status,
              dataIndex: 'status',
              width: 100,
              render: (s: ItemStatus) => <span data-status={s}>{t.statuses[s]}</span>,
            },
            {
              title: t.progress,
              dataIndex: 'progressPercent',
              width: 130,
              // A closed item is done, whatever its last report said.
              render: (p: number, item) => (
                <Progress
                  percent={item.status === 'closed' ? 100 : p}
                  format={(shown) => `${shown}%`}
                  size="small"
                  data-testid="progress"
                />
              ),
            },
            {
              title: t.level,
              dataIndex: 'escalationLevel',
              width: 64,
              render: (l: number) =>
                l ? (
                  <Tag color="red" data-level={l}>
                    {t.levelTag(l)}
                  </Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
        <ItemDrawer
          itemId={selectedId}
          revision={revision}
          onClose={() => {
            setSelectedId(null);
            // The link has done its job: a reload shows the board, not the item again.
            if (linkedItem()) {
              const params = new URLSearchParams(window.location.search);
              params.delete('item');
              window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
            }
          }}
          onEdit={(item) => {
            // One drawer at a time: the item gives way to its form, and comes back after it.
            setSelectedId(null);
            setEditing(item);
          }}
          onChanged={() => void reload()}
        />
        <DraftEditor
          draft={editing}
          listsLeaders={me.roles.includes('office') || me.roles.includes('admin')}
          onClose={() => {
            if (editing !== null && editing !== 'new') setSelectedId(editing.id);
            setEditing(null);
          }}
          onSaved={(saved) => {
            setEditing(null);
            setSelectedId(saved.id);
            setRevision((r) => r + 1);
            void reload();
          }}
        />
        <PublishResults
          outcomes={outcomes}
          onClose={() => {
            setOutcomes(null);
            setChosenDrafts([]); // cleared only now, so the confirmation keeps its count while it closes
          }}
        />
      </Card>
    </>
  );
}
