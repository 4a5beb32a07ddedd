import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InboxPage, ItemPage, Todo } from '../../api';
import { ColourTag } from '../../components/colour-tag';
import { QueryView } from '../../components/query-view';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { ItemDrawer } from '../item-drawer/item-drawer';
import type { WorkAction } from '../item-drawer/item-commands';

// A message links to the console at /?item=<id>: that item opens on arrival.
const linkedItem = () => new URLSearchParams(window.location.search).get('item');

/** The order a unit works through its to-dos, and the action each opens. */
const GROUPS: { action: Todo['action']; opens: WorkAction }[] = [
  { action: 'acknowledge', opens: 'acknowledge' },
  { action: 'sign_off', opens: 'signoff' },
  { action: 'confirm', opens: 'confirm' },
  { action: 'report_or_complete', opens: 'report_progress' },
  { action: 'review', opens: 'review' },
  { action: 'decide_extension', opens: 'decide_extension' },
];

/**
 * My to-dos (我的待办): the items waiting for the caller's own action, grouped by what is to be done,
 * most urgent first; each opens the item with the form of its action. Made for a phone as much as a desk.
 */
export function TodosScreen() {
  const { t } = useI18n();
  const inbox = useApiQuery<InboxPage>('/inbox?pageSize=1');
  // The running items the caller may see: which of them miss a progress report (未按时报送).
  const running = useApiQuery<ItemPage>('/items?status=in_progress&pageSize=100');
  const [open, setOpen] = useState<{ itemId: string; action?: WorkAction } | null>(() => {
    const linked = linkedItem();
    return linked ? { itemId: linked } : null;
  });
  const noReport = new Set((running.data?.items ?? []).filter((i) => i.risk.includes('no_report')).map((i) => i.id));
  const reload = () => void Promise.all([inbox.reload(), running.reload()]);

  return (
    <Card title={t.work.todosTab} data-testid="todos" styles={{ body: { padding: 12 } }}>
      <QueryView query={inbox}>
        {(page) =>
          page.todos.length === 0 ? (
            <Empty description={t.work.todosEmpty} />
          ) : (
            GROUPS.filter((g) => page.todos.some((todo) => todo.action === g.action)).map((g) => (
              <List<Todo>
                key={g.action}
                size="small"
                style={{ marginBottom: 12 }}
                header={<Typography.Text strong>{t.work.todoGroups[g.action]}</Typography.Text>}
                bordered
                dataSource={page.todos.filter((todo) => todo.action === g.action)}
                renderItem={(todo) => (
                  <List.Item
                    data-testid="todo"
                    data-action={todo.action}
                    style={{ cursor: 'pointer', flexWrap: 'wrap', gap: 8 }}
                    onClick={() => setOpen({ itemId: todo.itemId, action: g.opens })}
                    actions={[
                      <Button key="open" type="primary" size="small">
                        {t.work.open}
                      </Button>,
                    ]}
                  >
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <div style={{ fontWeight: 500, wordBreak: 'break-all' }}>{todo.title}</div>
                      <Space wrap size={4} style={{ marginTop: 4 }}>
                        <ColourTag colour={todo.colour}>{t.colours[todo.colour]}</ColourTag>
                        <Typography.Text type="secondary">{t.work.dueOn(todo.deadline)}</Typography.Text>
                        {noReport.has(todo.itemId) && <Tag color="red">{t.work.reportOverdue}</Tag>}
                      </Space>
                    </div>
                  </List.Item>
                )}
              />
            ))
          )
        }
      </QueryView>
      <ItemDrawer
        itemId={open?.itemId ?? null}
        initialAction={open?.action}
        onClose={() => {
          setOpen(null);
          // A message's link is spent once its item is closed.
          if (linkedItem()) window.history.replaceState(null, '', window.location.pathname);
        }}
        onEdit={() => undefined}
        onChanged={reload}
      />
    </Card>
  );
}
