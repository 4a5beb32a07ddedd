import {
  Alert,
  Badge,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  Layout,
  List,
  Progress,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { CalendarPage } from './CalendarPage';
import { PoliciesPage } from './PoliciesPage';
import { api, ApiError, session, type InboxMessage, type Item, type Me, type TimelineEvent, type Todo } from './api';
import { dictionaries, type Lang } from './i18n';

const COLOUR_TAG: Record<Item['colour'], string> = { green: 'green', yellow: 'gold', orange: 'orange', red: 'red' };

export function App({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const t = dictionaries[lang];
  const [me, setMe] = useState<Me | null>(null);

  useEffect(() => {
    if (session.token) api<Me>('GET', '/me').then(setMe, () => session.set(null));
  }, []);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          {t.appName}
        </Typography.Title>
        <Segmented<Lang>
          value={lang}
          onChange={onLang}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'EN', value: 'en' },
          ]}
        />
        {me && <Inbox lang={lang} />}
        {me && (
          <Space style={{ color: '#fff' }}>
            <span data-testid="me">
              {me.displayName} · {me.unit.name}
            </span>
            <Button size="small" onClick={() => (session.set(null), setMe(null))}>
              {t.logout}
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {me ? <Pages lang={lang} me={me} /> : <Login lang={lang} onSignedIn={setMe} />}
      </Layout.Content>
    </Layout>
  );
}

function Pages({ lang, me }: { lang: Lang; me: Me }) {
  const t = dictionaries[lang];
  const office = me.roles.includes('office');
  const admin = me.roles.includes('admin');
  return (
    <Tabs
      items={[
        { key: 'board', label: t.board, children: <Board lang={lang} /> },
        ...(office || admin
          ? [{ key: 'policies', label: t.policies, children: <PoliciesPage lang={lang} canMigrate={office} /> }]
          : []),
        { key: 'calendar', label: t.calendar, children: <CalendarPage lang={lang} canEdit={admin} /> },
      ]}
    />
  );
}

function Login({ lang, onSignedIn }: { lang: Lang; onSignedIn: (me: Me) => void }) {
  const t = dictionaries[lang];
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: { username: string; password: string }) => {
    try {
      session.set((await api<{ accessToken: string }>('POST', '/auth/login', values)).accessToken);
      onSignedIn(await api<Me>('GET', '/me'));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card title={t.login} style={{ maxWidth: 360, margin: '64px auto' }}>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item name="username" label={t.username} rules={[{ required: true }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t.password} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t.login}
        </Button>
      </Form>
    </Card>
  );
}

function Board({ lang }: { lang: Lang }) {
  const t = dictionaries[lang];
  const [items, setItems] = useState<Item[]>([]);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState<string>();
  const [colour, setColour] = useState<string>();
  const [selected, setSelected] = useState<Item | null>(null);

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      pageSize: '200',
      ...(status ? { status } : {}),
      ...(colour ? { colour } : {}),
    });
    const page = await api<{ items: Item[]; total: number }>('GET', `/items?${query}`);
    setItems(page.items);
    setTotal(page.total);
  }, [status, colour]);

  useEffect(() => void load(), [load]);

  return (
    <Card
      title={t.total.replace('{n}', String(total))}
      extra={
        <Space>
          <Select
            allowClear
            placeholder={t.status}
            style={{ width: 140 }}
            value={status}
            onChange={setStatus}
            options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))}
          />
          <Select
            allowClear
            placeholder={t.colour}
            style={{ width: 120 }}
            value={colour}
            onChange={setColour}
            options={Object.entries(t.colours).map(([value, label]) => ({ value, label }))}
          />
        </Space>
      }
    >
      <Table<Item>
        rowKey="id"
        dataSource={items}
        pagination={false}
        onRow={(item) => ({ onClick: () => setSelected(item), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t.colour,
            dataIndex: 'colour',
            width: 100,
            render: (c: Item['colour'], item) => (
              <Tooltip title={item.risk.map((r) => t.risks[r] ?? r).join('、') || undefined}>
                <Tag color={COLOUR_TAG[c]} data-colour={c}>
                  {t.colours[c]}
                </Tag>
              </Tooltip>
            ),
          },
          { title: t.title, dataIndex: 'title' },
          { title: t.leadUnit, render: (_, item) => item.leadUnit.name },
          {
            title: t.deadline,
            dataIndex: 'deadline',
            width: 150,
            render: (d: string, item) => (
              <Space size={4}>
                {d}
                {item.calendarFallback && (
                  <Tooltip title={t.calendarFallbackHint}>
                    <Tag data-testid="calendar-fallback">{t.calendarFallback}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: t.status, dataIndex: 'status', width: 110, render: (s: string) => t.statuses[s] ?? s },
          {
            title: t.progress,
            dataIndex: 'progressPercent',
            width: 140,
            render: (p: number) => <Progress percent={p} size="small" />,
          },
          {
            title: t.level,
            dataIndex: 'escalationLevel',
            width: 70,
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
      <ItemDrawer lang={lang} item={selected} onClose={() => setSelected(null)} />
    </Card>
  );
}

function eventLine(e: TimelineEvent, t: (typeof dictionaries)['zh']): string {
  const label = t.events[e.type] ?? e.type;
  const level = e.type === 'escalated' ? ` L${e.data.level}` : '';
  const risk =
    Array.isArray(e.data.risk) && e.type === 'risk_found'
      ? `（${e.data.risk.map((r) => t.risks[r as string] ?? r).join('、')}）`
      : '';
  return `${e.at.slice(0, 16).replace('T', ' ')} ${label}${level}${risk}${e.comment ? `：${e.comment}` : ''}`;
}

function ItemDrawer({ lang, item, onClose }: { lang: Lang; item: Item | null; onClose: () => void }) {
  const t = dictionaries[lang];
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  const [full, setFull] = useState<Item | null>(null);
  useEffect(() => {
    setFull(null);
    if (item) {
      void api<TimelineEvent[]>('GET', `/items/${item.id}/timeline`).then(setEvents);
      void api<Item>('GET', `/items/${item.id}`).then(setFull);
    }
  }, [item]);
  const delay = full?.delayAttribution ?? [];
  return (
    <Drawer open={!!item} onClose={onClose} title={item?.title} size="large">
      {item && (
        <>
          <p>
            {t.leadUnit}: {item.leadUnit.name} · {t.deadline}: {item.deadline} · {t.status}: {t.statuses[item.status]}
          </p>
          {delay.length > 0 && (
            <Descriptions
              size="small"
              bordered
              column={1}
              title={t.delay}
              data-testid="delay-attribution"
              style={{ marginBottom: 16 }}
              items={delay.map((d) => ({
                key: `${d.party}${d.unitId ?? ''}`,
                label: `${t.parties[d.party] ?? d.party}${d.unitId ? `：${full?.cooperatingUnits.find((u) => u.id === d.unitId)?.name ?? ''}` : ''}`,
                children: d.workdays,
              }))}
            />
          )}
          <Typography.Title level={5}>{t.timeline}</Typography.Title>
          <Timeline items={events.map((e) => ({ content: eventLine(e, t) }))} />
        </>
      )}
    </Drawer>
  );
}

/** The caller's messages: reminders, warnings and escalations; unread ones counted on the badge. */
function Inbox({ lang }: { lang: Lang }) {
  const t = dictionaries[lang];
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState<{ messages: InboxMessage[]; todos: Todo[]; unread: number }>({
    messages: [],
    todos: [],
    unread: 0,
  });
  const load = useCallback(async () => {
    setPage(await api('GET', `/inbox?pageSize=50&locale=${lang === 'zh' ? 'zh-CN' : 'en'}`));
  }, [lang]);
  useEffect(() => void load(), [load]);
  const read = async (message: InboxMessage) => {
    if (!message.readAt) await api('POST', `/inbox/${message.id}/read`);
    await load();
  };
  return (
    <>
      <Badge count={page.unread} size="small">
        <Button size="small" data-testid="inbox" onClick={() => (setOpen(true), load())}>
          {t.inbox}
        </Button>
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t.inbox}
        extra={
          <Button size="small" onClick={async () => (await api('POST', '/inbox/read-all'), load())}>
            {t.markAllRead}
          </Button>
        }
      >
        {page.todos.length > 0 && (
          <List
            size="small"
            header={<b>{t.todos}</b>}
            dataSource={page.todos}
            style={{ marginBottom: 16 }}
            renderItem={(todo) => (
              <List.Item data-testid="todo">
                <Space>
                  <Tag color={COLOUR_TAG[todo.colour]}>{t.actions[todo.action] ?? todo.action}</Tag>
                  {todo.title}
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
              <List.Item onClick={() => read(m)} style={{ cursor: 'pointer', opacity: m.readAt ? 0.6 : 1 }}>
                <List.Item.Meta
                  title={
                    <Space>
                      {m.colour && <Tag color={COLOUR_TAG[m.colour]}>{t.colours[m.colour]}</Tag>}
                      <span data-testid="inbox-subject">{m.subject}</span>
                    </Space>
                  }
                  description={<span style={{ whiteSpace: 'pre-line' }}>{m.text}</span>}
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
