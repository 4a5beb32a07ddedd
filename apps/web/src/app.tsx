import { Button, Layout, Segmented, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, session, SIGNED_OUT_EVENT, type Me } from './api';
import type { Lang } from './i18n';
import { useI18n } from './i18n/lang-context';
import { AdminScreen } from './screens/admin/admin-screen';
import { BoardScreen } from './screens/board/board-screen';
import { BulletinsScreen } from './screens/bulletins/bulletins-screen';
import { CalendarScreen } from './screens/calendar/calendar-screen';
import { DashboardScreen } from './screens/dashboard/dashboard-screen';
import { InboxButton } from './screens/inbox/inbox-button';
import { LoginScreen } from './screens/login/login-screen';
import { PoliciesScreen } from './screens/policies/policies-screen';

/** The console's frame: the header (language, inbox, who is signed in) and the screens this user may open. */
export function App() {
  const { t, lang, setLang } = useI18n();
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
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
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
  // The board is the office's and the leaders' home; the bulletins are circulated to every unit.
  const overseer = me.roles.some((r) => r === 'office' || r === 'leader' || r === 'leadership' || r === 'admin');
  return (
    <Tabs
      defaultActiveKey={landingTab(overseer)}
      items={[
        ...(overseer ? [{ key: 'dashboard', label: t.dashboard.tab, children: <DashboardScreen me={me} /> }] : []),
        { key: 'board', label: t.board, children: <BoardScreen me={me} /> },
        { key: 'bulletins', label: t.bulletins.tab, children: <BulletinsScreen me={me} /> },
        ...(office || admin
          ? [{ key: 'policies', label: t.policies, children: <PoliciesScreen canMigrate={office} /> }]
          : []),
        { key: 'calendar', label: t.calendar, children: <CalendarScreen canEdit={admin} /> },
        ...(admin ? [{ key: 'admin', label: t.admin.tab, children: <AdminScreen /> }] : []),
      ]}
    />
  );
}

/** Where the console opens: a bulletin's link on the bulletins, an item's on the items, else the board for those who have it. */
function landingTab(overseer: boolean): string {
  if (window.location.pathname.startsWith('/bulletins')) return 'bulletins';
  if (new URLSearchParams(window.location.search).has('item')) return 'board';
  return overseer ? 'dashboard' : 'board';
}
