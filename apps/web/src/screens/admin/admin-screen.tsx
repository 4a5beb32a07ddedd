import { Tabs } from 'antd';
import { useI18n } from '../../i18n/lang-context';
import { UnitsAdmin } from './units-admin';
import { UsersAdmin } from './users-admin';

/** The admin's work: the unit tree and the users. */
export function AdminScreen() {
  const { t } = useI18n();
  return (
    <Tabs
      tabPlacement="start"
      items={[
        { key: 'units', label: t.admin.units, children: <UnitsAdmin /> },
        { key: 'users', label: t.admin.users, children: <UsersAdmin /> },
      ]}
    />
  );
}
