/** The webhook signature: HMAC-SHA256 over `{timestamp}.{body}`, sent as `X-Frontdesk-Signature: v1=<hex>`. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Frontdesk-Signature';
export const TIMESTAMP_HEADER = 'X-Frontdesk-Timestamp';

/** Requests older (or newer) than this are refused by `verifyWebhookSignature`. */
const TOLERANCE_SECONDS = 300;

/** `v1=` and the hex HMAC of `{timestamp}.{body}` with `secret`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** True when the signature matches and the timestamp (seconds) is within five minutes of `nowSeconds`. */
export function verifyWebhookSignature(
  secret: string,
  request: { timestamp: string | null; signature: string | null; body: string },
  nowSeconds: number,
): boolean {
  const timestamp = Number(request.timestamp);
  if (!request.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, request.body));
  const given = Buffer.from(request.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
