import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ValidationError } from 'class-validator';
import type { AppConfig } from './app-config';

/** Payload keys as the codec takes them (@duban/payload-codec's PayloadKeys). */
export interface ConfiguredPayloadKeys {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** The SDK's connection options (Connection.connect and NativeConnection.connect take the same). */
export interface TemporalConnectionSettings {
  address: string;
  tls?:
    | boolean
    | {
        serverNameOverride?: string;
        serverRootCACertificate?: Buffer;
        clientCertPair?: { crt: Buffer; key: Buffer };
      };
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reads `kid:base64key,…` (each key 32 bytes) and the active key id; throws naming the variable. */
export function parsePayloadKeys(text: string, activeKeyId?: string): ConfiguredPayloadKeys {
  const keys = new Map<string, Buffer>();
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [keyId, encoded, ...rest] = entry.split(':');
    if (!keyId || encoded === undefined || rest.length > 0 || !KEY_ID.test(keyId)) {
      throw new Error('PAYLOAD_KEYS: each key is kid:base64 (kid of letters, digits, . _ -), separated by commas');
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32 || key.toString('base64') !== encoded) {
      throw new Error(`PAYLOAD_KEYS: key ${keyId} must be 32 bytes in base64 (openssl rand -base64 32)`);
    }
    if (keys.has(keyId)) throw new Error(`PAYLOAD_KEYS: key id ${keyId} appears twice`);
    keys.set(keyId, key);
  }
  if (keys.size === 0) throw new Error('PAYLOAD_KEYS: names no key');
  const active = activeKeyId ?? (keys.size === 1 ? [...keys.keys()][0] : undefined);
  if (!active) throw new Error('PAYLOAD_KEY_ID: is required when PAYLOAD_KEYS holds several keys');
  if (!keys.has(active)) throw new Error(`PAYLOAD_KEY_ID: ${active} is not among PAYLOAD_KEYS`);
  return { activeKeyId: active, keys };
}

/** The checks of payload keys and Temporal TLS that loadConfig adds to the class's own. */
export function temporalSecurityErrors(config: AppConfig): ValidationError[] {
  const errors: string[] = [];
  if (config.PAYLOAD_KEYS) {
    try {
      parsePayloadKeys(config.PAYLOAD_KEYS, config.PAYLOAD_KEY_ID);
    } catch (error) {
      errors.push((error as Error).message);
    }
  } else if (config.NODE_ENV === 'production') {
    errors.push('PAYLOAD_KEYS: is required in production (kid:base64key, e.g. k1:$(openssl rand -base64 32))');
  } else if (config.PAYLOAD_KEY_ID) {
    errors.push('PAYLOAD_KEY_ID: names a key, but PAYLOAD_KEYS is not set');
  }
  errors.push(...tlsErrors(config));
  return errors.map((message) => {
    const [property, ...rest] = message.split(': ');
    return Object.assign(new ValidationError(), { property, constraints: { temporal: rest.join(': ') } });
  });
}

function tlsErrors(config: AppConfig): string[] {
  const errors: string[] = [];
  const read = (name: 'TEMPORAL_TLS_CERT' | 'TEMPORAL_TLS_KEY' | 'TEMPORAL_TLS_CA'): string | undefined => {
    const path = config[name];
    if (!path) return undefined;
    try {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('-----BEGIN ')) errors.push(`${name}: ${path} is not a PEM file`);
      return text;
    } catch (error) {
      errors.push(`${name}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return undefined;
    }
  };
  const [cert, key, ca] = [read('TEMPORAL_TLS_CERT'), read('TEMPORAL_TLS_KEY'), read('TEMPORAL_TLS_CA')];
  if (config.TEMPORAL_TLS_CERT && !config.TEMPORAL_TLS_KEY) {
    errors.push('TEMPORAL_TLS_KEY: is required with TEMPORAL_TLS_CERT (the client certificate needs its key)');
  }
  if (config.TEMPORAL_TLS_KEY && !config.TEMPORAL_TLS_CERT) {
    errors.push('TEMPORAL_TLS_CERT: is required with TEMPORAL_TLS_KEY');
  }
  if (cert && key && errors.length === 0) {
    try {
      if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key))) {
        errors.push('TEMPORAL_TLS_KEY: is not the key of the certificate in TEMPORAL_TLS_CERT');
      }
    } catch (error) {
      errors.push(`TEMPORAL_TLS_CERT: cannot be read as a certificate with its key (${(error as Error).message})`);
    }
  }
  if (ca && errors.length === 0) {
    try {
      new X509Certificate(ca);
    } catch (error) {
      errors.push(`TEMPORAL_TLS_CA: is not a certificate (${(error as Error).message})`);
    }
  }
  if (
    config.TEMPORAL_TLS === 'false' &&
    (config.TEMPORAL_TLS_CERT || config.TEMPORAL_TLS_CA || config.TEMPORAL_TLS_SERVER_NAME)
  ) {
    errors.push('TEMPORAL_TLS: is false, but TLS settings are given');
  }
  return errors;
}

/** Where to reach Temporal, with TLS (mTLS with a client certificate) when configured. */
export function temporalConnectionSettings(config: AppConfig): TemporalConnectionSettings {
  const file = (path?: string) => (path ? readFileSync(path) : undefined);
  const configured = config.TEMPORAL_TLS_CERT || config.TEMPORAL_TLS_CA || config.TEMPORAL_TLS_SERVER_NAME;
  if (!configured) return { address: config.TEMPORAL_ADDRESS, tls: config.TEMPORAL_TLS === 'true' || undefined };
  const cert = file(config.TEMPORAL_TLS_CERT);
  const key = file(config.TEMPORAL_TLS_KEY);
  return {
    address: config.TEMPORAL_ADDRESS,
    tls: {
      serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME,
      serverRootCACertificate: file(config.TEMPORAL_TLS_CA),
      clientCertPair: cert && key ? { crt: cert, key } : undefined,
    },
  };
}

/**
 * The payload keys: from PAYLOAD_KEYS, or outside production a key generated once per installation
 * and kept in `<dataDir>/payload-keys`, so the API and worker started from the same checkout agree.
 */
export function payloadKeys(config: AppConfig, dataDir = resolve('.data')): ConfiguredPayloadKeys {
  if (config.PAYLOAD_KEYS) return parsePayloadKeys(config.PAYLOAD_KEYS, config.PAYLOAD_KEY_ID);
  if (config.NODE_ENV === 'production') throw new Error('Configuration: PAYLOAD_KEYS must be set in production');
  return parsePayloadKeys(developmentPayloadKeys(dataDir));
}

/** Reads, or creates once, the installation's development key (`kid:base64`). */
export function developmentPayloadKeys(dataDir: string): string {
  const path = resolve(dataDir, 'payload-keys');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    // Written aside, then linked into place: of two processes starting at once, one key wins.
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `dev-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}\n`, {
      mode: 0o600,
    });
    try {
      linkSync(draft, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
    return readFileSync(path, 'utf8').trim();
  }
}
