import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import type { InboxPage, Todo } from '../../api';
import { ColourTag } from '../../components/colour-tag';
import { QueryView } from '../../components/query-view';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { ItemDrawer } from '../item-drawer/item-drawer';
import type { WorkAction } from '../item-drawer/item-commands';

// A message links to the console at /?item=<id>: that item opens on arrival.
const linkedItem = () => new URLSearchParams(window.location.search).get('item');

const GROUP: CSSProperties = { border: '1px solid #f0f0f0', borderRadius: 8, marginBottom: 12 };
const ROW: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '10px 12px',
  borderTop: '1px solid #f0f0f0',
  cursor: 'pointer',
};

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
  const [open, setOpen] = useState<{ itemId: string; action?: WorkAction } | null>(() => {
    const linked = linkedItem();
    return linked ? { itemId: linked } : null;
  });
  const reload = () => void inbox.reload();
  const now = new Date().toISOString();

  return (
    <Card title={t.work.todosTab} data-testid="todos" styles={{ body: { padding: 12 } }}>
      <QueryView query={inbox}>
        {(page) =>
          page.todos.length === 0 ? (
            <Empty description={t.work.todosEmpty} />
          ) : (
            GROUPS.filter((g) => page.todos.some((todo) => todo.action === g.action)).map((g) => (
              <section key={g.action} style={GROUP} data-testid="todo-group">
                <Typography.Text strong style={{ display: 'block', padding: '8px 12px' }}>
                  {t.work.todoGroups[g.action]}
                </Typography.Text>
                {page.todos
                  .filter((todo) => todo.action === g.action)
                  .map((todo) => (
                    <div
                      key={`${todo.itemId}:${todo.action}`}
                      role="button"
                      tabIndex={0}
                      data-testid="todo"
                      data-action={todo.action}
                      style={ROW}
                      onClick={() => setOpen({ itemId: todo.itemId, action: g.opens })}
                      onKeyDown={(e) => e.key === 'Enter' && setOpen({ itemId: todo.itemId, action: g.opens })}
                    >
                      <div style={{ minWidth: 0, flex: 1 }}>
                        <div style={{ fontWeight: 500, wordBreak: 'break-all' }}>{todo.title}</div>
                        <Space wrap size={4} style={{ marginTop: 4 }}>
                          <ColourTag colour={todo.colour}>{t.colours[todo.colour]}</ColourTag>
                          <Typography.Text type="secondary">{t.work.dueOn(todo.deadline)}</Typography.Text>
                          {todo.returned && <Tag color="orange">{t.work.returned}</Tag>}
                          {todo.reportDueAt && <ReportDue dueAt={todo.reportDueAt} now={now} />}
                        </Space>
                      </div>
                      <Button type="primary" size="small" tabIndex={-1}>
                        {t.work.open}
                      </Button>
                    </div>
                  ))}
              </section>
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

/** When the next progress report is due, in red once it is late (催报). */
function ReportDue({ dueAt, now }: { dueAt: string; now: string }) {
  const { t } = useI18n();
  // The day it falls due: its end is midnight after, so the day before a midnight instant.
  const day = new Date(Date.parse(dueAt) - 1).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const late = Date.parse(dueAt) <= Date.parse(now);
  return <Tag color={late ? 'red' : 'blue'}>{late ? t.work.reportOverdue(day) : t.work.reportDue(day)}</Tag>;
}
