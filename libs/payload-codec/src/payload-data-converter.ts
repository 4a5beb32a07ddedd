import type { DataConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, type AesGcmPayloadCodecOptions, type PayloadKeys } from './aes-gcm-payload.codec';

/**
 * The data converter of every Temporal client and worker of Duban: payloads encrypted, and failure
 * messages and stack traces moved into an encrypted payload too.
 */
export function payloadDataConverter(keys: PayloadKeys, options: AesGcmPayloadCodecOptions = {}): DataConverter {
  return {
    payloadCodecs: [new AesGcmPayloadCodec(keys, options)],
    failureConverterPath: require.resolve('./failure-converter'),
  };
}
