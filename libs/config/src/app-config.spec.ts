import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { ensureJwtSecretFile } from './jwt-secret';

describe('loadConfig', () => {
  it('names a missing DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('names a bad API_PORT', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: 'eighty' })).toThrow(/API_PORT/);
  });

  it('needs a JWT secret of 32 bytes or more in production, and refuses a short one anywhere', () => {
    const noFile = join(mkdtempSync(join(tmpdir(), 'duban-config-')), 'none');
    const production = {
      DATABASE_URL: 'postgres://x',
      NODE_ENV: 'production',
      JWT_SECRET_FILE: noFile,
      PAYLOAD_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    };
    expect(() => loadConfig(production)).toThrow(/JWT_SECRET: must be set in production/);
    expect(() => loadConfig({ ...production, JWT_SECRET: 'x'.repeat(31) })).toThrow(/JWT_SECRET: must be at least 32/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', JWT_SECRET: 'short-secret-16b' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ ...production, JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toBe('x'.repeat(32));
  });

  it("reads the installation's own secret outside production, made once with mode 600, never in production", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'duban-config-')), 'secrets', 'jwt-secret');
    const base = { DATABASE_URL: 'postgres://x', JWT_SECRET_FILE: file };
    expect(loadConfig(base).JWT_SECRET).toBeUndefined();
    ensureJwtSecretFile(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = loadConfig(base).JWT_SECRET!;
    expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(32);
    ensureJwtSecretFile(file);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).JWT_SECRET).toBe(secret);
    expect(loadConfig({ ...base, JWT_SECRET: 'y'.repeat(40) }).JWT_SECRET).toBe('y'.repeat(40));
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('fills defaults', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x', API_PORT: '3100' })).toMatchObject({
      API_PORT: 3100,
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      API_HOST: '127.0.0.1',
      API_DOCS: 'open',
      JWT_ISSUER: 'duban',
      JWT_AUDIENCE: 'duban-api',
      ACCESS_TOKEN_MINUTES: 15,
    });
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://x',
        NODE_ENV: 'production',
        JWT_SECRET: 'z'.repeat(32),
        PAYLOAD_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      }),
    ).toMatchObject({ API_DOCS: 'login' });
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
