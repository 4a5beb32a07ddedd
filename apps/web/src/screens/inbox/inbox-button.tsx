import { Badge, Button, Drawer, Empty, List, Space } from 'antd';
import { useState } from 'react';
import { api, type Colour, type InboxMessage, type InboxPage } from '../../api';
import { ColourTag } from '../../components/colour-tag';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

/** The caller's messages (reminders, warnings, escalations) and to-dos; unread ones counted on the badge. */
export function InboxButton() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const inbox = useApiQuery<InboxPage>(`/inbox?pageSize=50&locale=${lang === 'zh' ? 'zh-CN' : 'en'}`);
  const { reload } = inbox;
  const { run } = useApiCommand();

  const read = async (message: InboxMessage) => {
    if (!message.readAt) await run(() => api('POST', `/inbox/${message.id}/read`));
    await reload();
  };
  const readAll = async () => {
    await run(() => api('POST', '/inbox/read-all'));
    await reload();
  };

  return (
    <>
      <Badge count={inbox.data?.unread ?? 0} size="small">
        <Button size="small" data-testid="inbox" onClick={() => (setOpen(true), void reload())}>
          {t.inbox}
        </Button>
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t.inbox}
        size={480}
        extra={
          <Button size="small" onClick={() => void readAll()}>
            {t.markAllRead}
          </Button>
        }
      >
        <QueryView query={inbox}>
          {(page) => (
            <>
              {page.todos.length > 0 && (
                <List
                  size="small"
                  header={<b>{t.todos}</b>}
                  dataSource={page.todos}
                  style={{ marginBottom: 16 }}
                  renderItem={(todo) => (
                    <List.Item data-testid="todo">
                      <Space wrap>
                        <ColourTag colour={todo.colour}>{t.actions[todo.action]}</ColourTag>
                        <a href={itemLink(todo.itemId)}>{todo.title}</a>
                        <span>{todo.deadline}</span>
                      </Space>
                    </List.Item>
                  )}
                />
              )}
              {page.messages.length === 0 ? (
                <Empty description={t.inboxEmpty} />
              ) : (
                <List
                  dataSource={page.messages}
                  renderItem={(m) => (
                    <List.Item onClick={() => void read(m)} style={{ cursor: 'pointer', opacity: m.readAt ? 0.6 : 1 }}>
                      <List.Item.Meta
                        title={
                          <Space>
                            {isColour(m.colour) && <ColourTag colour={m.colour}>{t.colours[m.colour]}</ColourTag>}
                            <span data-testid="inbox-subject">{m.subject}</span>
                          </Space>
                        }
                        description={<span style={{ whiteSpace: 'pre-line' }}>{m.text}</span>}
                      />
                      {/* The item opens here, in the console the user is in, whatever address the message names. */}
                      {(m.itemId || m.bulletinId) && (
                        <a
                          href={messageLink(m)}
                          onClick={(e) => {
                            // Read first, then open: leaving the page would cut the request short.
                            e.preventDefault();
                            e.stopPropagation();
                            void read(m).then(() => window.location.assign(messageLink(m)));
                          }}
                          data-testid="inbox-open"
                        >
                          {m.itemId ? t.work.openItem : t.work.openBulletin}
                        </a>
                      )}
                    </List.Item>
                  )}
                />
              )}
            </>
          )}
        </QueryView>
      </Drawer>
    </>
  );
}

// The inbox types a message's colour as a plain string.
const isColour = (c: string | null): c is Colour => c === 'green' || c === 'yellow' || c === 'orange' || c === 'red';

/** The console's own address of an item: the drawer opens on arrival (?item=). */
const itemLink = (itemId: string) => `${window.location.pathname}?item=${itemId}`;
/** An item's message opens the item; a bulletin's notice opens the bulletin on the bulletins page. */
const messageLink = (m: { itemId: string | null; bulletinId: string | null }) =>
  m.itemId ? itemLink(m.itemId) : `/bulletins?open=${m.bulletinId}`;
