// Two `frontdesk start` processes on one PostgreSQL schema and one Redis: what a user behind a
// load balancer notices is the same as with one instance — nothing lost, nothing doubled.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectEvents, conversationIdOf } from '../e2e/desk-helpers.js';
import { type FakeJira, JIRA_CREDENTIALS, startFakeJira } from '../fakes/jira-server.js';
import {
  BOT_TOKEN,
  eventCallback,
  mentionEvents,
  nextTs,
  sendEvent,
  slackEnv,
} from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { type Cluster, eventually, servicesReachable, startCluster } from './cluster.js';
import { bothReady, liveEventTests } from './live-events.js';

const reachable = await servicesReachable();
let cluster: Cluster;
let slack: FakeSlackWebApi;
let jira: FakeJira;

beforeAll(async () => {
  if (!reachable) return;
  slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
  jira = await startFakeJira();
  cluster = await startCluster({
    ...slackEnv(slack.apiUrl),
    FRONTDESK_METRICS_TOKEN: METRICS_TOKEN,
  });
}, 60_000);
afterAll(async () => {
  await cluster?.close();
  await slack?.close();
  await jira?.close();
}, 30_000);

const METRICS_TOKEN = 'multi_instance_metrics_token_0123456789';

/** One series' value in an instance's `/metrics`. */
async function metric(url: string, series: string): Promise<number | undefined> {
  const text = await (
    await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const ask = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/bots/demo/message`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer fd_multi_instance_owner_token_0123456789`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(body),
  });

/** A copy of the demo bot under a fresh id, so counters in the shared Redis start at zero. */
async function freshBot(changes: Record<string, unknown>): Promise<string> {
  const demo = await cluster.store.getBot('ws_default', 'demo');
  if (!demo) throw new Error('no demo bot');
  const id = `bot${randomUUID().slice(0, 8)}`;
  await cluster.store.saveBot({ ...demo, id, settings: { ...demo.settings, ...changes } });
  return id;
}

describe.skipIf(!reachable)('two instances on one PostgreSQL and one Redis', () => {
  it('both are ready: one schema, migrated once, and Redis', () => bothReady(cluster, 'ok'));

  liveEventTests(() => cluster);

  it('an Idempotency-Key retried on the other instance returns the first answer', async () => {
    const key = `retry-${randomUUID()}`;
    const body = { message: { text: 'How do I reset my password?' } };
    const first = await ask(cluster.a.url, body, { 'Idempotency-Key': key });
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { data: { conversationId: string; answers: string } };
    const retry = await ask(cluster.b.url, body, { 'Idempotency-Key': key });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const retryBody = (await retry.json()) as { data: { conversationId: string; answers: string } };
    expect(retryBody.data).toEqual(firstBody.data);
    const messages = await cluster.store.listMessages(firstBody.data.conversationId, { limit: 50 });
    expect(messages.filter((message) => message.role === 'user')).toHaveLength(1);
    // B counts what it suppressed.
    expect(
      await metric(
        cluster.b.url,
        'frontdesk_duplicates_suppressed_total{channel="api",kind="idempotency-replay"}',
      ),
    ).toBe(1);
  });

  it('shares one rate limit: the budget spent on A is gone on B', async () => {
    const botId = await freshBot({ rateLimits: '3/60s' });
    const statuses: number[] = [];
    for (const url of [cluster.a.url, cluster.b.url, cluster.a.url, cluster.b.url]) {
      const response = await fetch(`${url}/v1/bots/${botId}/message`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer fd_multi_instance_owner_token_0123456789',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ message: { text: 'Hello' } }),
      });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('creates a ticket exactly once when both instances are asked for a human at once', async () => {
    const integration = await cluster.a.api('POST', '/v1/integrations', {
      kind: 'jira',
      data: { baseUrl: jira.url, email: JIRA_CREDENTIALS.email, projectKey: JIRA_CREDENTIALS.projectKey },
      secret: JIRA_CREDENTIALS.apiToken,
    });
    expect(integration.status).toBe(201);
    const integrationId = ((await integration.json()) as { data: { id: string } }).data.id;
    const demo = await cluster.store.getBot('ws_default', 'demo');
    const botId = await freshBot({ ticketPolicy: { ...demo?.settings.ticketPolicy, integrationId } });
    const start = await fetch(`${cluster.a.url}/v1/bots/${botId}/message`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer fd_multi_instance_owner_token_0123456789',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ message: { text: 'Hello' } }),
    });
    const { conversationId } = ((await start.json()) as { data: { conversationId: string } }).data;
    const before = jira.created();
    await Promise.all(
      [cluster.a.url, cluster.b.url].map((url) =>
        fetch(`${url}/v1/bots/${botId}/message`, {
          method: 'POST',
          headers: {
            Authorization: 'Bearer fd_multi_instance_owner_token_0123456789',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            conversationId,
            message: { text: 'I want to talk to a human about my invoice' },
          }),
        }).then((response) => response.text()),
      ),
    );
    await eventually(async () => jira.created() > before);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(jira.created() - before).toBe(1);
    const ticket = await cluster.store.findTicketByIdempotencyKey(
      'ws_default',
      `${conversationId}:human-request`,
    );
    expect(ticket).toMatchObject({ sink: 'jira' });
    expect(ticket?.externalId).toMatch(/^SUP-\d+$/);
  });

  it('a Slack event answered by A and its retry delivered to B is answered once', async () => {
    const ts = nextTs();
    const { mention } = mentionEvents({ channel: 'C0MULTI', user: 'U0MULTI', text: 'How do I export?', ts });
    const envelope = eventCallback(mention);
    expect((await sendEvent(cluster.a.url, envelope)).status).toBe(200);
    const answered = () =>
      slack.calls.filter(
        (call) =>
          call.args.thread_ts === ts && ['chat.startStream', 'chat.postMessage'].includes(call.method),
      );
    await slack.waitFor(() => answered().length > 0);
    const retry = await sendEvent(cluster.b.url, envelope, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(answered()).toHaveLength(1);
    expect(
      await metric(
        cluster.b.url,
        'frontdesk_duplicates_suppressed_total{channel="slack",kind="platform-retry"}',
      ),
    ).toBe(1);
    const conversation = await cluster.store.findConversationByChannelKey(
      'ws_default',
      'demo',
      `slack:T0001:C0MULTI:${ts}`,
    );
    const messages = await cluster.store.listMessages(conversation?.id ?? '', { limit: 50 });
    expect(messages.filter((message) => message.role === 'user')).toHaveLength(1);
  });
  // Last: it stops A.
  it('SIGTERM on A ends its widget streams with a shutdown event; the visitor carries on through B', async () => {
    // One public URL for both, as behind a proxy: the page's origin is allowed on either instance.
    const origin = cluster.a.url;
    const headers = { 'Content-Type': 'application/json', Origin: origin };
    const session = await fetch(`${cluster.a.url}/widget/v1/sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ botId: 'demo' }),
    });
    const { visitorToken } = ((await session.json()) as { data: { visitorToken: string } }).data;
    const auth = { ...headers, Authorization: `Bearer ${visitorToken}` };
    const said = await fetch(`${cluster.a.url}/widget/v1/messages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'I want to talk to a human about my parcel' }),
    });
    const conversationId = conversationIdOf(await said.text());
    const ticket = await eventually(() =>
      cluster.store.findTicketByIdempotencyKey('ws_default', `${conversationId}:human-request`),
    );
    const listen = (url: string) =>
      collectEvents(`${url}/widget/v1/conversations/${conversationId}/events`, auth, (frame) => {
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        return event && data ? { event, data: JSON.parse(data) as { text?: string } } : undefined;
      });
    const onA = await listen(cluster.a.url);
    cluster.a.process.child.kill('SIGTERM');
    await onA.until(() => onA.frames.some((frame) => frame.event === 'shutdown'));
    expect(await cluster.a.process.exited).toBe(0);
    await onA.close();

    // The same visitor token works on B (one secret key), and B's stream hears B's reply.
    const onB = await listen(cluster.b.url);
    expect(onB.response.status).toBe(200);
    await cluster.b.api('POST', `/v1/tickets/${ticket.id}/replies`, { text: 'After the stop.' });
    await onB.until(() => onB.frames.some((frame) => frame.data.text === 'After the stop.'));
    await onB.close();
  });
});
