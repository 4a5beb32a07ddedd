import { DefaultPayloadConverter, type Payload } from '@temporalio/common';
import { randomBytes } from 'node:crypto';
import {
  AesGcmPayloadCodec,
  isUnauthenticatedPayload,
  UnauthenticatedPayloadError,
  type PayloadKeys,
} from './aes-gcm-payload.codec';

const converter = new DefaultPayloadConverter();
const keysOf = (entries: [string, Buffer][], activeKeyId = entries[0][0]): PayloadKeys => ({
  activeKeyId,
  keys: new Map(entries),
});
const k1 = randomBytes(32);
const k2 = randomBytes(32);
const request = {
  actor: { userId: 'u-1', unitId: 'unit-7', roles: ['office'] },
  command: { type: 'cancel', reason: '撤销' },
};
const workflow = (workflowId: string) => ({ type: 'workflow' as const, namespace: 'default', workflowId });

async function roundTrip(encoder: AesGcmPayloadCodec, decoder: AesGcmPayloadCodec, payload: Payload) {
  const [decoded] = await decoder.decode(await encoder.encode([payload]));
  return converter.fromPayload(decoded);
}

describe('AesGcmPayloadCodec', () => {
  const codec = new AesGcmPayloadCodec(keysOf([['k1', k1]]));
  const sentinel = new AesGcmPayloadCodec(keysOf([['k1', k1]]), { unauthenticated: 'sentinel' });

  it('round-trips a payload and hides it: no plaintext in the encoded bytes, key id and cipher in the metadata', async () => {
    const payload = converter.toPayload(request);
    const [encoded] = await codec.encode([payload]);
    expect(Buffer.from(encoded.data!).toString('utf8')).not.toContain('unit-7');
    expect(Buffer.from(encoded.data!).toString('utf8')).not.toContain('cancel');
    expect(Buffer.from(encoded.metadata!['encryption-key-id']).toString()).toBe('k1');
    expect(Buffer.from(encoded.metadata!['encryption-cipher']).toString()).toBe('AES-256-GCM');
    expect(Buffer.from(encoded.metadata!.encoding).toString()).toBe('binary/encrypted');
    expect(await roundTrip(codec, codec, payload)).toEqual(request);
    // The same payload twice encrypts differently (a fresh IV each time).
    const [again] = await codec.encode([payload]);
    expect(Buffer.from(again.data!).equals(Buffer.from(encoded.data!))).toBe(false);
  });

  it('round-trips undefined and empty lists', async () => {
    expect(await roundTrip(codec, codec, converter.toPayload(undefined))).toBeUndefined();
    expect(await codec.decode(await codec.encode([]))).toEqual([]);
  });

  describe('refuses what it did not encrypt with its keys', () => {
    const forged = async (mutate: (p: Payload) => Payload) =>
      mutate((await codec.encode([converter.toPayload(request)]))[0]);
    const cases: [string, () => Promise<Payload>, RegExp][] = [
      ['an unencrypted payload', async () => converter.toPayload(request), /not encrypted/],
      [
        'a payload encrypted with another key under the same key id',
        async () => (await new AesGcmPayloadCodec(keysOf([['k1', k2]])).encode([converter.toPayload(request)]))[0],
        /failed authentication/,
      ],
      [
        'a payload with one byte of its ciphertext changed',
        () =>
          forged((p) => {
            const data = Buffer.from(p.data!);
            data[20] ^= 0x01;
            return { ...p, data };
          }),
        /failed authentication/,
      ],
      [
        'a payload whose key id was rewritten',
        () => forged((p) => ({ ...p, metadata: { ...p.metadata, 'encryption-key-id': Buffer.from('k2') } })),
        /unknown key id "k2"/,
      ],
      [
        'a payload whose tag was cut',
        () => forged((p) => ({ ...p, data: Buffer.from(p.data!).subarray(0, 20) })),
        /failed authentication|too short/,
      ],
    ];

    it.each(cases)('throws for %s in throw mode', async (_, make, reason) => {
      await expect(codec.decode([await make()])).rejects.toThrow(UnauthenticatedPayloadError);
      await expect(codec.decode([await make()])).rejects.toThrow(reason);
    });

    it.each(cases)('decodes %s to the sentinel in sentinel mode, never throwing', async (_, make, reason) => {
      const [decoded] = await sentinel.decode([await make()]);
      const value = converter.fromPayload(decoded);
      expect(isUnauthenticatedPayload(value)).toBe(true);
      expect((value as { $unauthenticated: string }).$unauthenticated).toMatch(reason);
    });

    it('decodes each payload on its own: one forged payload among good ones becomes the sentinel alone', async () => {
      const [good] = await codec.encode([converter.toPayload('fine')]);
      const decoded = await sentinel.decode([good, converter.toPayload(request), good]);
      expect(decoded.map((p) => converter.fromPayload(p))).toEqual([
        'fine',
        { $unauthenticated: 'not encrypted' },
        'fine',
      ]);
    });
  });

  it('binds a payload to the workflow it was encoded for', async () => {
    const [encoded] = await codec.encode([converter.toPayload(request)], workflow('supervision-item-a'));
    expect(Buffer.from(encoded.metadata!['workflow-id']).toString()).toBe('supervision-item-a');
    const [same] = await codec.decode([encoded], workflow('supervision-item-a'));
    expect(converter.fromPayload(same)).toEqual(request);
    // Copied into another item's workflow: refused.
    await expect(codec.decode([encoded], workflow('supervision-item-b'))).rejects.toThrow(/bound to another workflow/);
    // The workflow id cannot be rewritten or dropped: the tag covers it.
    const rewritten = {
      ...encoded,
      metadata: { ...encoded.metadata, 'workflow-id': Buffer.from('supervision-item-b') },
    };
    await expect(codec.decode([rewritten], workflow('supervision-item-b'))).rejects.toThrow(/failed authentication/);
    const { 'workflow-id': _, ...unbound } = encoded.metadata!;
    await expect(codec.decode([{ ...encoded, metadata: unbound }], workflow('supervision-item-b'))).rejects.toThrow(
      /failed authentication/,
    );
    // Without a context (the codec endpoint for the Temporal UI), it decodes.
    expect(converter.fromPayload((await codec.decode([encoded]))[0])).toEqual(request);
  });

  it('rotates keys: new payloads use the new key id, old ones still decode while the old key is kept', async () => {
    const [old] = await codec.encode([converter.toPayload(request)]);
    const rotated = new AesGcmPayloadCodec(
      keysOf(
        [
          ['k1', k1],
          ['k2', k2],
        ],
        'k2',
      ),
    );
    const [fresh] = await rotated.encode([converter.toPayload(request)]);
    expect(Buffer.from(fresh.metadata!['encryption-key-id']).toString()).toBe('k2');
    expect(converter.fromPayload((await rotated.decode([old]))[0])).toEqual(request);
    expect(converter.fromPayload((await rotated.decode([fresh]))[0])).toEqual(request);
    // Once k1 is dropped, what it encrypted is refused.
    const retired = new AesGcmPayloadCodec(keysOf([['k2', k2]]));
    await expect(retired.decode([old])).rejects.toThrow(/unknown key id "k1"/);
  });

  it('refuses a key of the wrong length and an active key id that names no key', () => {
    expect(() => new AesGcmPayloadCodec(keysOf([['short', randomBytes(16)]]))).toThrow(/short must be 32 bytes/);
    expect(() => new AesGcmPayloadCodec(keysOf([['k1', k1]], 'k9'))).toThrow(/k9 is not among the keys/);
  });
});
