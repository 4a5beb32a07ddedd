import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { developmentPayloadKeys, parsePayloadKeys, payloadKeys, temporalConnectionSettings } from './temporal-security';

const base = { DATABASE_URL: 'postgres://x' };
const key = () => randomBytes(32).toString('base64');

describe('payload keys', () => {
  it('reads one key as the active one, and several with PAYLOAD_KEY_ID naming the active one', () => {
    const [a, b] = [key(), key()];
    expect(parsePayloadKeys(`k1:${a}`)).toEqual({
      activeKeyId: 'k1',
      keys: new Map([['k1', Buffer.from(a, 'base64')]]),
    });
    const rotated = loadConfig({ ...base, PAYLOAD_KEYS: `k1:${a}, k2:${b}`, PAYLOAD_KEY_ID: 'k2' });
    expect(payloadKeys(rotated).activeKeyId).toBe('k2');
    expect([...payloadKeys(rotated).keys.keys()]).toEqual(['k1', 'k2']);
  });

  it.each([
    ['a key without its id', `${key()}`, undefined, /PAYLOAD_KEYS: each key is kid:base64/],
    [
      'a key of 16 bytes',
      `k1:${randomBytes(16).toString('base64')}`,
      undefined,
      /PAYLOAD_KEYS: key k1 must be 32 bytes/,
    ],
    ['a key that is not base64', `k1:not-base64-at-all!`, undefined, /PAYLOAD_KEYS: key k1 must be 32 bytes/],
    ['the same key id twice', `k1:${key()},k1:${key()}`, undefined, /PAYLOAD_KEYS: key id k1 appears twice/],
    ['several keys without the active one', `k1:${key()},k2:${key()}`, undefined, /PAYLOAD_KEY_ID: is required/],
    ['an active id that names no key', `k1:${key()}`, 'k9', /PAYLOAD_KEY_ID: k9 is not among PAYLOAD_KEYS/],
  ])('refuses %s, naming the variable', (_, keys, active, message) => {
    expect(() => loadConfig({ ...base, PAYLOAD_KEYS: keys, PAYLOAD_KEY_ID: active })).toThrow(message);
  });

  it('requires keys in production', () => {
    const production = { ...base, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-32-bytes!' };
    expect(() => loadConfig(production)).toThrow(/PAYLOAD_KEYS: is required in production/);
    expect(loadConfig({ ...production, PAYLOAD_KEYS: `prod-1:${key()}` }).PAYLOAD_KEYS).toMatch(/^prod-1:/);
  });

  it('outside production, generates one key per installation under the data folder and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-keys-'));
    try {
      const config = loadConfig(base);
      const first = payloadKeys(config, dir);
      expect(first.activeKeyId).toMatch(/^dev-[0-9a-f]{8}$/);
      expect(first.keys.get(first.activeKeyId)).toHaveLength(32);
      expect(payloadKeys(config, dir)).toEqual(first);
      expect(developmentPayloadKeys(dir)).toBe(readFileSync(join(dir, 'payload-keys'), 'utf8').trim());
      expect(statSync(join(dir, 'payload-keys')).mode & 0o077).toBe(0); // readable by its owner only
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('TLS to Temporal', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duban-tls-'));
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    for (const name of ['client', 'other']) {
      openssl(
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
        ...['-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.crt`],
      );
    }
    writeFileSync(file('not-pem.txt'), 'hello');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the client certificate, key, CA and server name to the connection', () => {
    const config = loadConfig({
      ...base,
      TEMPORAL_ADDRESS: 'temporal.example.gov.cn:7233',
      TEMPORAL_TLS_CERT: file('client.crt'),
      TEMPORAL_TLS_KEY: file('client.key'),
      TEMPORAL_TLS_CA: file('other.crt'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(temporalConnectionSettings(config)).toEqual({
      address: 'temporal.example.gov.cn:7233',
      tls: {
        serverNameOverride: 'temporal.internal',
        serverRootCACertificate: readFileSync(file('other.crt')),
        clientCertPair: { crt: readFileSync(file('client.crt')), key: readFileSync(file('client.key')) },
      },
    });
  });

  it('connects in plain text by default and with the system CAs on TEMPORAL_TLS=true', () => {
    expect(temporalConnectionSettings(loadConfig(base))).toEqual({ address: '127.0.0.1:7233', tls: undefined });
    expect(temporalConnectionSettings(loadConfig({ ...base, TEMPORAL_TLS: 'true' })).tls).toBe(true);
  });

  it.each([
    [
      'a missing certificate file',
      { TEMPORAL_TLS_CERT: '/nonexistent/client.crt' },
      /TEMPORAL_TLS_CERT: cannot read \/nonexistent\/client.crt \(ENOENT\)/,
    ],
    [
      'a certificate without its key',
      () => ({ TEMPORAL_TLS_CERT: file('client.crt') }),
      /TEMPORAL_TLS_KEY: is required with TEMPORAL_TLS_CERT/,
    ],
    [
      'a key without its certificate',
      () => ({ TEMPORAL_TLS_KEY: file('client.key') }),
      /TEMPORAL_TLS_CERT: is required with TEMPORAL_TLS_KEY/,
    ],
    [
      'a key of another certificate',
      () => ({ TEMPORAL_TLS_CERT: file('client.crt'), TEMPORAL_TLS_KEY: file('other.key') }),
      /TEMPORAL_TLS_KEY: is not the key of the certificate/,
    ],
    ['a CA that is not PEM', () => ({ TEMPORAL_TLS_CA: file('not-pem.txt') }), /TEMPORAL_TLS_CA: .* is not a PEM file/],
    ['a missing CA file', { TEMPORAL_TLS_CA: '/nonexistent/ca.crt' }, /TEMPORAL_TLS_CA: cannot read/],
    [
      'TLS off with TLS files',
      () => ({ TEMPORAL_TLS: 'false', TEMPORAL_TLS_CA: file('other.crt') }),
      /TEMPORAL_TLS: is false/,
    ],
  ])('stops the start on %s, naming the variable', (_, settings, message) => {
    const extra = typeof settings === 'function' ? settings() : settings;
    expect(() => loadConfig({ ...base, ...extra })).toThrow(message);
  });
});
