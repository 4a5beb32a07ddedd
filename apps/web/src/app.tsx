import { Button, Grid, Layout, Segmented, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, session, SIGNED_OUT_EVENT, type Me } from './api';
import type { Lang } from './i18n';
import { useI18n } from './i18n/lang-context';
import { AdminScreen } from './screens/admin/admin-screen';
import { isBoardAddress } from './screens/board/board-filters';
import { BoardScreen } from './screens/board/board-screen';
import { BulletinsScreen } from './screens/bulletins/bulletins-screen';
import { CalendarScreen } from './screens/calendar/calendar-screen';
import { DashboardScreen } from './screens/dashboard/dashboard-screen';
import { DelegationsScreen } from './screens/delegations/delegations-screen';
import { InboxButton } from './screens/inbox/inbox-button';
import { LoginScreen } from './screens/login/login-screen';
import { PlanImportScreen } from './screens/plan-import/plan-import-screen';
import { PoliciesScreen } from './screens/policies/policies-screen';
import { TodosScreen } from './screens/todos/todos-screen';

/** The console's frame: the header (language, inbox, who is signed in) and the screens this user may open. */
export function App() {
  const { t, lang, setLang } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => session.token !== null);

  useEffect(() => {
    if (session.token)
      api<Me>('GET', '/me')
        .then(setMe, () => session.set(null))
        .finally(() => setChecking(false));
    // A token the API no longer accepts brings the sign-in page back.
    const signedOut = () => setMe(null);
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, []);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: narrow ? 12 : 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1, whiteSpace: 'nowrap' }}>
          {t.appName}
        </Typography.Title>
        <Segmented<Lang>
          value={lang}
          onChange={setLang}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'EN', value: 'en' },
          ]}
        />
        {me && <InboxButton />}
        {me && (
          <Space style={{ color: '#fff', minWidth: 0 }}>
            {/* On a phone the name gives way (…) rather than the buttons. */}
            <span
              data-testid="me"
              style={{
                display: 'inline-block',
                maxWidth: narrow ? 72 : undefined,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                verticalAlign: 'middle',
              }}
              title={`${me.displayName} · ${me.unit.name}`}
            >
              {me.displayName} · {me.unit.name}
            </span>
            <Button size="small" onClick={() => (session.set(null), setMe(null))}>
              {t.logout}
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
        {checking ? (
          <Spin style={{ display: 'block', margin: '64px auto' }} />
        ) : me ? (
          <Screens me={me} />
        ) : (
          <LoginScreen onSignedIn={setMe} />
        )}
      </Layout.Content>
    </Layout>
  );
}

function Screens({ me }: { me: Me }) {
  const { t } = useI18n();
  const office = me.roles.includes('office');
  const admin = me.roles.includes('admin');
  // A unit's people come to do their to-dos: that list is their home.
  const unit = me.roles.includes('handler') || me.roles.includes('unit_head');
  // The board is the office's and the leaders' home; the bulletins are circulated to every unit.
  const overseer = me.roles.some((r) => r === 'office' || r === 'leader' || r === 'leadership' || r === 'admin');
  const tabs = [
    ...(overseer ? [{ key: 'dashboard', label: t.dashboard.tab, children: <DashboardScreen me={me} /> }] : []),
    ...(unit || office
      ? [{ key: 'todos', label: <span data-testid="todos-tab">{t.work.todosTab}</span>, children: <TodosScreen /> }]
      : []),
    { key: 'board', label: t.board, children: <BoardScreen me={me} /> },
    { key: 'bulletins', label: t.bulletins.tab, children: <BulletinsScreen me={me} /> },
    ...(office ? [{ key: 'plan-import', label: t.planImport.tab, children: <PlanImportScreen /> }] : []),
    ...(office || admin
      ? [{ key: 'policies', label: t.policies, children: <PoliciesScreen canMigrate={office} canCreate={admin} /> }]
      : []),
    { key: 'calendar', label: t.calendar, children: <CalendarScreen canEdit={admin} /> },
    ...(unit || admin
      ? [{ key: 'delegations', label: t.delegations.tab, children: <DelegationsScreen me={me} /> }]
      : []),
    ...(admin ? [{ key: 'admin', label: t.admin.tab, children: <AdminScreen /> }] : []),
  ];
  const keys = tabs.map((tab) => tab.key);
  const [active, setActive] = useState(() => landingTab(keys, overseer, unit));
  useEffect(() => {
    // The browser's back and forward buttons move between screens too.
    const back = () => setActive(landingTab(keys, overseer, unit));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  });
  return (
    <Tabs
      activeKey={active}
      // Each screen has its address (/board, /bulletins …): a reload or a shared link opens it again.
      onChange={(key) => {
        window.history.pushState(null, '', `/${key}`);
        setActive(key);
      }}
      items={tabs}
    />
  );
}

/**
 * Where the console opens: an item's link on the items, a screen's address on that screen, a board's
 * filtered list on the items, else a unit's people on their to-dos and the office and leaders on the board.
 */
function landingTab(keys: string[], overseer: boolean, unit: boolean): string {
  if (new URLSearchParams(window.location.search).has('item')) return 'board';
  const path = window.location.pathname.replace(/^\/+|\/+$/g, '');
  if (keys.includes(path)) return path;
  if (isBoardAddress(window.location.search)) return 'board';
  if (unit) return 'todos';
  return overseer ? 'dashboard' : 'board';
}
