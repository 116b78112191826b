// A fake webhook receiver on 127.0.0.1: checks the signature, dedupes by Idempotency-Key, counts pings, can fail on purpose.
import { verifyWebhookSignature } from '@frontdesk/tickets';
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

export interface FakeWebhookReceiver extends HttpFake {
  /** Distinct tickets received (by idempotency key). */
  tickets: Map<string, unknown>;
  created(): number;
  /** Signed `ping` events received (the integration's test button), not tickets. */
  pings(): number;
  /** The next `count` requests answer 503. */
  failNext(count: number): void;
}

export const WEBHOOK_SECRET = 'whsec-test-0123456789';

export async function startFakeWebhookReceiver(): Promise<FakeWebhookReceiver> {
  const tickets = new Map<string, unknown>();
  let failures = 0;
  let pings = 0;
  const fake = await startHttpFake((request: RecordedRequest, response) => {
    if (failures > 0) {
      failures -= 1;
      return sendJson(response, 503, { error: 'busy' });
    }
    // The sender serialises with JSON.stringify, so re-serialising gives back the signed bytes.
    const signed = verifyWebhookSignature(
      WEBHOOK_SECRET,
      {
        timestamp: String(request.headers['x-frontdesk-timestamp'] ?? ''),
        signature: String(request.headers['x-frontdesk-signature'] ?? ''),
        body: JSON.stringify(request.body),
      },
      Math.floor(Date.now() / 1000),
    );
    if (!signed) return sendJson(response, 401, { error: 'bad signature' });
    if ((request.body as { event?: unknown })?.event === 'ping') {
      pings += 1;
      return sendJson(response, 200, { ok: true });
    }
    const key = String(request.headers['idempotency-key'] ?? '');
    if (!key) return sendJson(response, 400, { error: 'Idempotency-Key is required' });
    if (!tickets.has(key)) tickets.set(key, request.body);
    const number = [...tickets.keys()].indexOf(key) + 1;
    sendJson(response, 200, { id: `HOOK-${number}`, url: `${fake.url}/tickets/HOOK-${number}` });
  });
  return {
    ...fake,
    tickets,
    created: () => tickets.size,
    pings: () => pings,
    failNext: (count) => (failures = count),
  };
}
