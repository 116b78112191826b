// The TicketSink contract against Jira, ServiceNow and webhook sinks, each talking to its fake on 127.0.0.1.
import { createIdSource, systemClock } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import {
  createJiraSystem,
  createServiceNowSystem,
  createSyncedTicketSink,
  createWebhookSystem,
  type RemoteTicketSystem,
} from '@frontdesk/tickets';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeJira, JIRA_CREDENTIALS, startFakeJira } from '../fakes/jira-server.js';
import {
  type FakeServiceNow,
  SERVICENOW_CREDENTIALS,
  startFakeServiceNow,
} from '../fakes/servicenow-server.js';
import {
  type FakeWebhookReceiver,
  startFakeWebhookReceiver,
  WEBHOOK_SECRET,
} from '../fakes/webhook-receiver.js';
import { seedConversation } from './store-fixtures.js';
import { describeTicketSinkContract } from './ticket-sink-contract.js';

const fakes: { jira?: FakeJira; servicenow?: FakeServiceNow; webhook?: FakeWebhookReceiver } = {};

// Each test gets fresh fakes, so the remote counts start at zero.
afterEach(async () => {
  await Promise.all([fakes.jira?.close(), fakes.servicenow?.close(), fakes.webhook?.close()]);
  fakes.jira = fakes.servicenow = fakes.webhook = undefined;
});

async function synced(remote: RemoteTicketSystem) {
  const store = createMemoryStore();
  await seedConversation(store);
  const sink = createSyncedTicketSink({
    store,
    clock: systemClock,
    ids: createIdSource(),
    remote,
    ticketUrl: (id) => `http://127.0.0.1:3000/v1/tickets/${id}`,
  });
  return { sink, store };
}

async function makeJira() {
  const jira = await startFakeJira();
  fakes.jira = jira;
  return {
    ...(await synced(createJiraSystem({ baseUrl: jira.url, ...JIRA_CREDENTIALS }))),
    remoteCount: jira.created,
  };
}

async function makeServiceNow() {
  const servicenow = await startFakeServiceNow();
  fakes.servicenow = servicenow;
  const remote = createServiceNowSystem({ baseUrl: servicenow.url, ...SERVICENOW_CREDENTIALS });
  return { ...(await synced(remote)), remoteCount: servicenow.created };
}

async function makeWebhook() {
  const webhook = await startFakeWebhookReceiver();
  fakes.webhook = webhook;
  const remote = createWebhookSystem({ url: `${webhook.url}/hooks/tickets`, secret: WEBHOOK_SECRET });
  return { ...(await synced(remote)), remoteCount: webhook.created };
}

describeTicketSinkContract('jira', makeJira);
describeTicketSinkContract('servicenow', makeServiceNow);
describeTicketSinkContract('webhook', makeWebhook);

const request = {
  workspaceId: 'ws_a',
  botId: 'demo',
  conversationId: 'conv_1',
  trigger: 'human-request' as const,
  type: 'support',
  priority: 'high',
  summary: 'Cannot download my invoice',
  description:
    '**Customer**: Cannot download my invoice\n\n**Agent**: Sources: [Billing](https://example.com/kb/billing)',
  requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
};

describe('remote ticket systems', () => {
  it('creates a Jira issue with ADF transcript, labels, priority and the requester as reporter, and reads its status', async () => {
    const { sink } = await makeJira();
    const ticket = await sink.create(request, { idempotencyKey: 'conv_1:human-request' });
    const issue = fakes.jira!.issues[0]!;
    expect(ticket).toMatchObject({ externalId: 'SUP-1', url: `${fakes.jira!.url}/browse/SUP-1` });
    expect(issue.fields).toMatchObject({
      summary: 'Cannot download my invoice',
      priority: { name: 'High' },
      reporter: { accountId: 'acc-ada' },
      issuetype: { name: 'Task' },
    });
    expect(JSON.stringify(issue.fields.description)).toContain('Cannot download my invoice');
    expect(issue.fields.labels).toContain('frontdesk');
    fakes.jira!.setStatus('SUP-1', 'Done', 'done');
    expect((await sink.status(ticket)).status).toBe('resolved');
  });

  it('creates a ServiceNow incident with urgency, impact, caller and correlation id, and maps its state', async () => {
    const { sink } = await makeServiceNow();
    const ticket = await sink.create(request, { idempotencyKey: 'conv_1:human-request' });
    const incident = fakes.servicenow!.incidents[0]!;
    expect(incident).toMatchObject({ urgency: '1', impact: '1', caller_id: 'ada@example.com' });
    expect(String(incident.description)).toContain('Ada Lovelace');
    fakes.servicenow!.setState(incident.sys_id, '6');
    expect((await sink.status(ticket)).status).toBe('resolved');
  });

  it('retries a webhook that failed, on resume, without a second ticket', async () => {
    const { sink, store } = await makeWebhook();
    fakes.webhook!.failNext(1);
    const ticket = await sink.create(request, { idempotencyKey: 'conv_1:human-request' });
    expect(ticket.externalId).toBe('');
    expect((await store.getOutboxByKey('ws_a', 'ticket:conv_1:human-request'))?.error).toContain('503');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await sink.resume()).toBe(1);
    expect((await store.getTicket(ticket.id))?.externalId).toBe('HOOK-1');
    expect(await sink.resume()).toBe(0);
    expect(fakes.webhook!.created()).toBe(1);
  });
});
