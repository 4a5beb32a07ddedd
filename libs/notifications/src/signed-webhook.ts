import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed webhooks: the receiver recomputes HMAC-SHA256 over `${timestamp}.${body}` with the
 * shared secret and rejects a stale timestamp, so a captured request cannot be replayed later.
 */
export const SIGNATURE_HEADER = 'x-duban-signature';
export const TIMESTAMP_HEADER = 'x-duban-timestamp';
export const MESSAGE_KEY_HEADER = 'x-duban-message-key';

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): whether a request carries a valid signature from the last five minutes. */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  now = Date.now(),
): boolean {
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 5 * 60_000) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
