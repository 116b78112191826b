// Ticket integrations are read for every ticket: a new URL, a deactivation or a deletion takes effect at once.
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
let first: FakeWebhookReceiver;
let second: FakeWebhookReceiver;
let integrationId: string;

beforeAll(async () => {
  [server, first, second] = await Promise.all([
    startTestServer(),
    startFakeWebhookReceiver(),
    startFakeWebhookReceiver(),
  ]);
  integrationId = await sendDemoTicketsTo(server, {
    kind: 'webhook',
    environment: 'production',
    data: { url: `${first.url}/tickets` },
    secret: WEBHOOK_SECRET,
  });
});
afterAll(async () => {
  await Promise.all([server?.close(), first?.close(), second?.close()]);
});

async function askForHuman(): Promise<void> {
  const response = await server.post('/v1/bots/demo/message', {
    message: { text: 'Please let me talk to a human' },
  });
  expect(response.status).toBe(200);
}

async function settle(): Promise<void> {
  // Deliveries run after the answer; the outbox retries failures, so give them a moment to land.
  const deadline = Date.now() + 3000;
  let last = -1;
  while (Date.now() < deadline) {
    const now = first.created() + second.created();
    if (now === last) break;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('ticket integrations changed after use', () => {
  it('refuses a new destination URL without the secret, and keeps status on a name-only PATCH', async () => {
    const moved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${integrationId}`, {
      data: { url: `${second.url}/tickets` },
    });
    expect(moved.status).toBe(400);
    expect(moved.json).toMatchObject({ success: false, code: 'invalid_request_error' });

    const renamed = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${integrationId}`, {
      name: 'Renamed hook',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.data).toMatchObject({
      name: 'Renamed hook',
      status: 'active',
      environment: 'production',
    });
  });

  it('sends the next ticket to the new URL once URL and secret are changed', async () => {
    await askForHuman();
    await settle();
    expect(first.created()).toBe(1);

    const moved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${integrationId}`, {
      data: { url: `${second.url}/tickets` },
      secret: WEBHOOK_SECRET,
    });
    expect(moved.status).toBe(200);
    await askForHuman();
    await settle();
    expect(second.created()).toBe(1);
    expect(first.created()).toBe(1);
  });

  it('sends nothing once the integration is deactivated', async () => {
    const off = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${integrationId}`, {
      status: 'inactive',
    });
    expect(off.status).toBe(200);
    await askForHuman();
    await settle();
    expect(first.created() + second.created()).toBe(2);
  });
});
