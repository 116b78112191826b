// A real server and the ticket systems it sends to: a fake Jira, a fake ServiceNow and a webhook
// receiver, each on 127.0.0.1, started before a file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type FakeJira, startFakeJira } from '../fakes/jira-server.js';
import { type FakeServiceNow, startFakeServiceNow } from '../fakes/servicenow-server.js';
import { type FakeWebhookReceiver, startFakeWebhookReceiver } from '../fakes/webhook-receiver.js';
import { startTestServer, type TestServer } from './harness.js';

export interface TicketSystems {
  server: TestServer;
  jira: FakeJira;
  servicenow: FakeServiceNow;
  webhook: FakeWebhookReceiver;
}

/** The fields are set in `beforeAll`, so read them (or destructure them) inside tests only. */
export function useTicketSystems(): TicketSystems {
  const systems = {} as TicketSystems;
  beforeAll(async () => {
    [systems.server, systems.jira, systems.servicenow, systems.webhook] = await Promise.all([
      startTestServer(),
      startFakeJira(),
      startFakeServiceNow(),
      startFakeWebhookReceiver(),
    ]);
  });
  afterAll(async () => {
    const { server, jira, servicenow, webhook } = systems;
    await Promise.all([server?.close(), jira?.close(), servicenow?.close(), webhook?.close()]);
  });
  return systems;
}
