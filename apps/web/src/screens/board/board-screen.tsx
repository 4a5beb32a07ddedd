import { Button, Card, Popconfirm, Progress, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { Colour, Item, ItemPage, ItemStatus, Me } from '../../api';
import { ColourTag } from '../../components/colour-tag';
import { ErrorAlert } from '../../components/error-alert';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { DraftEditor } from '../drafts/draft-editor';
import { publishDrafts, PublishResults, type PublishOutcome } from '../drafts/publish-drafts';
import { ItemDrawer } from '../item-drawer/item-drawer';

// A message links to the console at /?item=<id>: that item opens on arrival.
const linkedItem = () => new URLSearchParams(window.location.search).get('item');

/** The items the caller may see, filtered and paged by the API; the office creates and publishes drafts here. */
export function BoardScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const office = me.roles.includes('office');
  const [status, setStatus] = useState<ItemStatus>();
  const [colour, setColour] = useState<Colour>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [selectedId, setSelectedId] = useState<string | null>(linkedItem);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [chosenDrafts, setChosenDrafts] = useState<Item[]>([]);
  const [outcomes, setOutcomes] = useState<PublishOutcome[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [revision, setRevision] = useState(0);

  const query = new URLSearchParams({
    page: String(paging.page),
    pageSize: String(paging.pageSize),
    ...(status ? { status } : {}),
    ...(colour ? { colour } : {}),
  });
  const items = useApiQuery<ItemPage>(`/items?${query}`);
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
  const filter =
    <T,>(set: (value: T | undefined) => void) =>
    (value: T | undefined) => {
      set(value);
      setPaging((p) => ({ ...p, page: 1 }));
    };

  return (
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
          <Select<ItemStatus>
            allowClear
            placeholder={t.status}
            style={{ width: 140 }}
            value={status}
            onChange={filter(setStatus)}
            options={Object.entries(t.statuses).map(([value, label]) => ({ value: value as ItemStatus, label }))}
          />
          <Select<Colour>
            allowClear
            placeholder={t.colour}
            style={{ width: 120 }}
            value={colour}
            onChange={filter(setColour)}
            options={Object.entries(t.colours).map(([value, label]) => ({ value: value as Colour, label }))}
          />
        </Space>
      }
    >
      {items.error !== undefined && <ErrorAlert error={items.error} onRetry={reload} />}
      <Table<Item>
        rowKey="id"
        size="middle"
        loading={items.loading}
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
          current: paging.page,
          pageSize: paging.pageSize,
          total: items.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
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
            render: (c: Colour, item) => (
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
            render: (p: number) => <Progress percent={p} size="small" />,
          },
          {
            title: t.level,
            dataIndex: 'escalationLevel',
            width: 64,
            render: (l: number) =>
              l ? (
                <Tag color="red" data-level={l}>
                  L{l}
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
          if (linkedItem()) window.history.replaceState(null, '', window.location.pathname);
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
        isAdmin={me.roles.includes('admin')}
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
  );
}
