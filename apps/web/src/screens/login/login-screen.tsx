import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api, ApiError, session, type Me } from '../../api';
import { apiErrorText, type ErrorText } from '../../hooks/api-error-text';
import { useI18n } from '../../i18n/lang-context';

/** Sign in with a username and password; a wrong one is said as such, with the API's message below. */
export function LoginScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<ErrorText | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      session.set((await api<{ accessToken: string }>('POST', '/auth/login', values)).accessToken);
      onSignedIn(await api<Me>('GET', '/me'));
    } catch (e) {
      const text = apiErrorText(e, t);
      setError(e instanceof ApiError && e.status === 401 ? { ...text, title: t.errors.wrongPassword } : text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t.login} style={{ maxWidth: 360, margin: '64px auto' }}>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.title}
          description={error.detail}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label={t.username}
          rules={[{ required: true, message: t.validation.required(t.username) }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t.password}
          rules={[{ required: true, message: t.validation.required(t.password) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t.login}
        </Button>
      </Form>
    </Card>
  );
}
