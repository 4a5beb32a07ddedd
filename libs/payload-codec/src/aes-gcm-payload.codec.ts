import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const CIPHER = 'AES-256-GCM';
const METADATA = {
  encoding: 'encoding',
  keyId: 'encryption-key-id',
  cipher: 'encryption-cipher',
  workflowId: 'workflow-id',
};
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The keys payloads are encrypted with: the active one encodes, any of them decodes (rotation). */
export interface PayloadKeys {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** What a payload that cannot be authenticated decodes to in `sentinel` mode. */
export interface UnauthenticatedPayload {
  $unauthenticated: string;
}

export class UnauthenticatedPayloadError extends Error {
  constructor(readonly reason: string) {
    super(`payload refused: ${reason}`);
    this.name = 'UnauthenticatedPayloadError';
  }
}

export interface AesGcmPayloadCodecOptions {
  /**
   * What decoding does with a payload it cannot authenticate (not encrypted, unknown key, tampered,
   * bound to another workflow). `throw` (clients): an error to the caller. `sentinel` (the worker):
   * a JSON value `{ $unauthenticated: reason }`, because a decoding error inside the worker fails the
   * workflow task and Temporal retries it, blocking the workflow; the sentinel reaches the workflow,
   * whose update validator refuses it.
   */
  unauthenticated?: 'throw' | 'sentinel';
}

/**
 * Encrypts and authenticates every payload with AES-256-GCM. The key id and cipher travel in the
 * payload's metadata; so does the workflow id when the SDK gives one, and all three are bound into
 * the authentication tag, so a payload copied from one item's history decodes nowhere else.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly mode: 'throw' | 'sentinel';

  constructor(
    private readonly keys: PayloadKeys,
    options: AesGcmPayloadCodecOptions = {},
  ) {
    for (const [keyId, key] of keys.keys) {
      if (key.length !== 32) throw new Error(`payload key ${keyId} must be 32 bytes, not ${key.length}`);
    }
    if (!keys.keys.has(keys.activeKeyId))
      throw new Error(`the active payload key ${keys.activeKeyId} is not among the keys`);
    this.mode = options.unauthenticated ?? 'throw';
  }

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const workflowId = context?.type === 'workflow' ? context.workflowId : undefined;
    return payloads.map((payload) => this.encrypt(payload, workflowId));
  }

  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    return payloads.map((payload) => {
      try {
        return this.decrypt(payload, context?.workflowId);
      } catch (error) {
        const reason = error instanceof UnauthenticatedPayloadError ? error.reason : 'malformed';
        if (this.mode === 'throw') throw new UnauthenticatedPayloadError(reason);
        return sentinelPayload(reason);
      }
    });
  }

  private encrypt(payload: Payload, workflowId: string | undefined): Payload {
    const keyId = this.keys.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.keys.get(keyId)!, iv);
    cipher.setAAD(additionalData(keyId, workflowId));
    const plain = temporal.api.common.v1.Payload.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        [METADATA.encoding]: utf8(ENCRYPTED_ENCODING),
        [METADATA.cipher]: utf8(CIPHER),
        [METADATA.keyId]: utf8(keyId),
        ...(workflowId !== undefined ? { [METADATA.workflowId]: utf8(workflowId) } : {}),
      },
      data: sealed,
    };
  }

  private decrypt(payload: Payload, contextWorkflowId: string | undefined): Payload {
    const meta = (name: string) => {
      const value = payload.metadata?.[name];
      return value ? Buffer.from(value).toString('utf8') : undefined;
    };
    if (meta(METADATA.encoding) !== ENCRYPTED_ENCODING) throw new UnauthenticatedPayloadError('not encrypted');
    if (meta(METADATA.cipher) !== CIPHER) throw new UnauthenticatedPayloadError('unknown cipher');
    const keyId = meta(METADATA.keyId) ?? '';
    const key = this.keys.keys.get(keyId);
    if (!key) throw new UnauthenticatedPayloadError(`unknown key id "${keyId}"`);
    const workflowId = meta(METADATA.workflowId);
    if (workflowId !== undefined && contextWorkflowId !== undefined && workflowId !== contextWorkflowId) {
      throw new UnauthenticatedPayloadError('bound to another workflow');
    }
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES) throw new UnauthenticatedPayloadError('too short');
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData(keyId, workflowId));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new UnauthenticatedPayloadError('failed authentication');
    }
    const decoded = temporal.api.common.v1.Payload.decode(plain);
    return { metadata: decoded.metadata, data: decoded.data };
  }
}

/** True for what a payload that failed authentication decoded to in `sentinel` mode. */
export function isUnauthenticatedPayload(value: unknown): value is UnauthenticatedPayload {
  return typeof value === 'object' && value !== null && '$unauthenticated' in value;
}

function sentinelPayload(reason: string): Payload {
  const value: UnauthenticatedPayload = { $unauthenticated: reason };
  return { metadata: { encoding: utf8('json/plain') }, data: utf8(JSON.stringify(value)) };
}

// The metadata the tag covers: change the key id, cipher or workflow id and the payload no longer decodes.
function additionalData(keyId: string, workflowId: string | undefined): Buffer {
  return utf8(JSON.stringify(['duban-payload/1', CIPHER, keyId, workflowId ?? null]));
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
