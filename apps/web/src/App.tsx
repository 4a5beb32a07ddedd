import { Alert, Button, Card, Drawer, Form, Input, Layout, Progress, Segmented, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, session, type Item, type Me, type TimelineEvent } from './api';
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
          {t.appName} · {t.board}
        </Typography.Title>
        <Segmented<Lang> value={lang} onChange={onLang} options={[{ label: '中文', value: 'zh' }, { label: 'EN', value: 'en' }]} />
        {me && (
          <Space style={{ color: '#fff' }}>
            <span data-testid="me">{me.displayName} · {me.unit.name}</span>
            <Button size="small" onClick={() => (session.set(null), setMe(null))}>{t.logout}</Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{me ? <Board lang={lang} /> : <Login lang={lang} onSignedIn={setMe} />}</Layout.Content>
    </Layout>
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
        <Button type="primary" htmlType="submit" block>{t.login}</Button>
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
    const query = new URLSearchParams({ pageSize: '200', ...(status ? { status } : {}), ...(colour ? { colour } : {}) });
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
          <Select allowClear placeholder={t.status} style={{ width: 140 }} value={status} onChange={setStatus}
            options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))} />
          <Select allowClear placeholder={t.colour} style={{ width: 120 }} value={colour} onChange={setColour}
            options={Object.entries(t.colours).map(([value, label]) => ({ value, label }))} />
        </Space>
      }
    >
      <Table<Item>
        rowKey="id"
        dataSource={items}
        pagination={false}
        onRow={(item) => ({ onClick: () => setSelected(item), style: { cursor: 'pointer' } })}
        columns={[
          { title: t.colour, dataIndex: 'colour', width: 100, render: (c: Item['colour']) => <Tag color={COLOUR_TAG[c]} data-colour={c}>{t.colours[c]}</Tag> },
          { title: t.title, dataIndex: 'title' },
          { title: t.leadUnit, render: (_, item) => item.leadUnit.name },
          { title: t.deadline, dataIndex: 'deadline', width: 120 },
          { title: t.status, dataIndex: 'status', width: 110, render: (s: string) => t.statuses[s] ?? s },
          { title: t.progress, dataIndex: 'progressPercent', width: 140, render: (p: number) => <Progress percent={p} size="small" /> },
          { title: t.level, dataIndex: 'escalationLevel', width: 70, render: (l: number) => (l ? <Tag color="red">L{l}</Tag> : '—') },
        ]}
      />
      <ItemDrawer lang={lang} item={selected} onClose={() => setSelected(null)} />
    </Card>
  );
}

function ItemDrawer({ lang, item, onClose }: { lang: Lang; item: Item | null; onClose: () => void }) {
  const t = dictionaries[lang];
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  useEffect(() => {
    if (item) api<TimelineEvent[]>('GET', `/items/${item.id}/timeline`).then(setEvents);
  }, [item]);
  return (
    <Drawer open={!!item} onClose={onClose} title={item?.title} size="large">
      {item && (
        <>
          <p>{t.leadUnit}: {item.leadUnit.name} · {t.deadline}: {item.deadline} · {t.status}: {t.statuses[item.status]}</p>
          <Typography.Title level={5}>{t.timeline}</Typography.Title>
          <Timeline
            items={events.map((e) => ({
              content: `${e.at.slice(0, 16).replace('T', ' ')} ${e.type}${e.comment ? `：${e.comment}` : ''}`,
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
