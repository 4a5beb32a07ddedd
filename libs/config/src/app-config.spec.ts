import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('names a missing DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('names a bad API_PORT', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: 'eighty' })).toThrow(/API_PORT/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('fills defaults', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: '3100' })).toMatchObject({
      API_PORT: 3100,
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
    });
  });

  it('reads the notification channels, treats empty ones as off, and names a bad one', () => {
    const base = { DATABASE_URL: 'postgres://x' };
    expect(loadConfig({ ...base, SMTP_URL: '', WEBHOOK_URL: '' })).toMatchObject({
      SMTP_URL: undefined,
      WEBHOOK_URL: undefined,
    });
    expect(loadConfig({ ...base, SMTP_URL: 'smtps://u:p@mail.example.gov.cn:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example.gov.cn:465',
    );
    expect(() => loadConfig({ ...base, SMTP_URL: 'mail.example.gov.cn' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ ...base, WEBHOOK_URL: 'https://hooks.example.gov.cn/duban' })).toThrow(
      /WEBHOOK_SECRET: is required with WEBHOOK_URL/,
    );
    expect(() => loadConfig({ ...base, WECOM_ROBOT_URL: 'ftp://x' })).toThrow(/WECOM_ROBOT_URL/);
  });
});
