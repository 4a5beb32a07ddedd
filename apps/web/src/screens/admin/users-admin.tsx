import { Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { api, type CreateUser, type Role, type Unit, type UpdateUser, type User } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { unitName, unitTree } from '../../components/unit-tree';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

const ROLES: Role[] = ['admin', 'office', 'leader', 'leadership', 'handler', 'unit_head'];

type Editing = { kind: 'create' } | { kind: 'edit' | 'password'; user: User };
type UserValues = Partial<CreateUser>;

/** Users with their unit and roles: create one, change one, activate or deactivate, reset a password. */
export function UsersAdmin() {
  const { t } = useI18n();
  const users = useApiQuery<User[]>('/users');
  const units = useApiQuery<Unit[]>('/units');
  const [editing, setEditing] = useState<Editing | null>(null);
  const { run, busy } = useApiCommand();
  const [form] = Form.useForm<UserValues>();
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);

  const open = (next: Editing) => {
    setEditing(next);
    form.resetFields();
    if (next.kind === 'edit') {
      const { displayName, unitId, roles, email, title } = next.user;
      form.setFieldsValue({ displayName, unitId, roles, email: email ?? undefined, title: title ?? undefined });
    }
  };
  const patch = (user: User, body: UpdateUser, done: string) =>
    run(() => api<User>('PATCH', `/users/${user.id}`, body), done);

  const save = async (values: UserValues) => {
    if (!editing) return;
    const email = values.email?.trim() || undefined;
    const title = values.title?.trim() || undefined;
    const result =
      editing.kind === 'create'
        ? await run(() => api<User>('POST', '/users', { ...values, email, title }), t.admin.userSaved)
        : editing.kind === 'edit'
          ? await patch(
              editing.user,
              { displayName: values.displayName, unitId: values.unitId, roles: values.roles, email, title },
              t.admin.userSaved,
            )
          : await patch(editing.user, { password: values.password }, t.admin.passwordReset);
    if (result.ok) {
      setEditing(null);
      await users.reload();
    }
  };
  const setActive = async (user: User, active: boolean) => {
    if ((await patch(user, { active }, t.admin.userSaved)).ok) await users.reload();
  };

  const v = t.validation;
  const a = t.admin;
  return (
    <Card
      title={a.users}
      extra={
        <Button type="primary" onClick={() => open({ kind: 'create' })} data-testid="new-user">
          {a.newUser}
        </Button>
      }
    >
      {users.error !== undefined && <ErrorAlert error={users.error} onRetry={users.reload} />}
      {units.error !== undefined && <ErrorAlert error={units.error} onRetry={units.reload} />}
      <Table<User>
        rowKey="id"
        size="small"
        loading={users.loading}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t.username, dataIndex: 'username', width: 140 },
          { title: a.displayName, dataIndex: 'displayName', width: 120 },
          { title: a.unit, width: 200, render: (_, u) => unitName(units.data, u.unitId) },
          { title: t.jobTitle, width: 160, render: (_, u) => u.title ?? '—' },
          {
            title: a.roles,
            render: (_, u) => (
              <Space size={[0, 4]} wrap>
                {u.roles.map((r) => (
                  <Tag key={r}>{t.roles[r]}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t.status,
            width: 80,
            render: (_, u) => (u.active ? <Tag color="green">{a.active}</Tag> : <Tag>{a.inactive}</Tag>),
          },
          {
            title: '',
            width: 230,
            render: (_, u) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => open({ kind: 'edit', user: u })}>
                  {t.edit}
                </Button>
                <Popconfirm
                  title={`${u.active ? a.deactivate : a.activate}：${u.displayName}`}
                  onConfirm={() => setActive(u, !u.active)}
                >
                  <Button size="small" type="link" danger={u.active}>
                    {u.active ? a.deactivate : a.activate}
                  </Button>
                </Popconfirm>
                <Button size="small" type="link" onClick={() => open({ kind: 'password', user: u })}>
                  {a.resetPassword}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <FormModal
        open={editing !== null}
        title={
          editing?.kind === 'create'
            ? a.newUser
            : editing?.kind === 'edit'
              ? `${t.edit}：${editing.user.displayName}`
              : `${a.resetPassword}：${editing?.user.displayName ?? ''}`
        }
        form={form}
        busy={busy}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical" name="user" onFinish={save}>
          {editing?.kind === 'create' && (
            <Form.Item
              name="username"
              label={t.username}
              rules={[
                { required: true, message: v.required(t.username) },
                { pattern: /^[a-z0-9._-]{2,40}$/, message: v.username },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {editing?.kind !== 'password' && (
            <>
              <Form.Item
                name="displayName"
                label={a.displayName}
                rules={[
                  { required: true, message: v.required(a.displayName) },
                  { pattern: /\S/, message: v.blank(a.displayName) },
                  { max: 60, message: v.tooLong(a.displayName, 60) },
                ]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="unitId" label={a.unit} rules={[{ required: true, message: v.choose(a.unit) }]}>
                <TreeSelect treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} />
              </Form.Item>
              <Form.Item name="roles" label={a.roles} rules={[{ required: true, message: v.choose(a.roles) }]}>
                <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))} />
              </Form.Item>
              <Form.Item
                name="title"
                label={t.jobTitle}
                tooltip={t.jobTitleHelp}
                rules={[{ max: 60, message: v.tooLong(t.jobTitle, 60) }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="email" label={a.email} rules={[{ type: 'email', message: v.email }]}>
                <Input />
              </Form.Item>
            </>
          )}
          {editing?.kind !== 'edit' && (
            <Form.Item
              name="password"
              label={editing?.kind === 'password' ? a.newPassword : t.password}
              rules={[
                { required: true, message: v.required(t.password) },
                { min: 12, message: v.passwordLength },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </FormModal>
    </Card>
  );
}
