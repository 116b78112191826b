// A ticket integration's status tells the truth: the last ticket delivered, and the last failure in the remote's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeWebhookReceiver,
  startFakeWebhookReceiver,
  WEBHOOK_SECRET,
} from '../fakes/webhook-receiver.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';
import { sendDemoTicketsTo } from './ticket-integration.js';

let server: TestServer;
let receiver: FakeWebhookReceiver;
let integrationId: string;

beforeAll(async () => {
  [server, receiver] = await Promise.all([startTestServer(), startFakeWebhookReceiver()]);
  integrationId = await sendDemoTicketsTo(server, {
    kind: 'webhook',
    data: { url: `${receiver.url}/tickets` },
    secret: WEBHOOK_SECRET,
  });
});
afterAll(async () => {
  await Promise.all([server?.close(), receiver?.close()]);
});

async function delivery(): Promise<Record<string, string | null>> {
  const read = await api(server, OWNER_TOKEN, 'GET', `/v1/integrations/${integrationId}`);
  return read.json.data.delivery;
}

async function until(check: (value: Record<string, string | null>) => boolean) {
  const deadline = Date.now() + 5000;
  let value = await delivery();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await delivery();
  }
  return value;
}

describe('integration delivery status', () => {
  it('is empty before any ticket', async () => {
    expect(await delivery()).toEqual({ last_delivered_at: null, last_error: null, last_error_at: null });
  });

  it('shows the last error when the receiver refuses, then the delivery once it accepts', async () => {
    receiver.failNext(1);
    const asked = await server.post('/v1/bots/demo/message', {
      message: { text: 'Please let me talk to a human' },
    });
    expect(asked.status).toBe(200);
    const failed = await until((value) => value.last_error !== null);
    expect(failed.last_error).toMatch(/^The webhook answered 503/);
    expect(failed.last_delivered_at).toBeNull();

    const again = await server.post('/v1/bots/demo/message', {
      conversationId: 'another-visitor',
      message: { text: 'I want to speak to a person' },
    });
    expect(again.status).toBe(200);
    const delivered = await until((value) => value.last_delivered_at !== null);
    expect(Date.parse(delivered.last_delivered_at as string)).toBeGreaterThan(0);
    // The earlier failure stays visible, with its time, for whoever looks into it.
    expect(delivered.last_error).toMatch(/503/);
  });
});
