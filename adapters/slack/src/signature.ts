/** Slack's v0 request signature: HMAC-SHA256 over `v0:{timestamp}:{raw body}`, with a replay window. */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Requests signed longer ago (or further ahead) than this are refused as replays. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/** The `X-Slack-Signature` value for a body; also what tests sign with. */
export function signSlackRequest(signingSecret: string, timestamp: number | string, rawBody: string): string {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return `v0=${digest}`;
}

/** True when the headers carry a valid signature of `rawBody` made within the window around `now`. */
export function verifySlackSignature(options: {
  signingSecret: string;
  rawBody: string;
  timestamp: string | null;
  signature: string | null;
  now: number;
}): boolean {
  const { timestamp, signature } = options;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(options.now - Number(timestamp) * 1000) > SIGNATURE_WINDOW_MS) return false;
  const expected = Buffer.from(signSlackRequest(options.signingSecret, timestamp, options.rawBody));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
