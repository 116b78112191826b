// kill -9 of one instance during a burst: no message that got a 200 is lost, and the outbox work
// it left behind (staff replies Slack refused for a moment) is finished by the other instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_TOKEN,
  eventCallback,
  mentionEvents,
  nextTs,
  sendEvent,
  slackEnv,
} from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { type Cluster, eventually, servicesReachable, startCluster, TOKEN } from './cluster.js';

const reachable = await servicesReachable();
let cluster: Cluster;
let slack: FakeSlackWebApi;

beforeAll(async () => {
  if (!reachable) return;
  slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
  cluster = await startCluster(slackEnv(slack.apiUrl));
}, 60_000);
afterAll(async () => {
  await cluster?.close();
  await slack?.close();
}, 30_000);

async function ask(url: string, text: string) {
  const response = await fetch(`${url}/v1/bots/demo/message`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: { text } }),
  });
  const body = (await response.json()) as { data: { conversationId: string; answers: string } };
  return { status: response.status, ...body.data, text };
}

describe.skipIf(!reachable)('kill -9 of one instance', () => {
  it('loses no answered message and the survivor finishes the outbox work left behind', async () => {
    // Three Slack threads that asked for a human, each with its ticket.
    const threads = [nextTs(), nextTs(), nextTs()];
    const tickets: string[] = [];
    for (const [index, ts] of threads.entries()) {
      const { mention } = mentionEvents({
        channel: 'C0KILL',
        user: `U0KILL${index}`,
        text: 'I want to talk to a human',
        ts,
      });
      expect((await sendEvent(cluster.b.url, eventCallback(mention))).status).toBe(200);
      const conversation = await eventually(() =>
        cluster.store.findConversationByChannelKey('ws_default', 'demo', `slack:T0001:C0KILL:${ts}`),
      );
      const ticket = await eventually(() =>
        cluster.store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:human-request`),
      );
      tickets.push(ticket.id);
    }

    // Staff answer through A while Slack refuses for a moment: each reply waits in the outbox for a retry.
    slack.failNext('chat.postMessage', { error: 'internal_error' }, tickets.length);
    const replies = await Promise.all(
      tickets.map(async (ticketId, index) => {
        const response = await cluster.a.api('POST', `/v1/tickets/${ticketId}/replies`, {
          text: `Staff reply ${index}`,
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { data: { id: string; delivery: { status: string } } }).data;
      }),
    );
    expect(replies.map((reply) => reply.delivery.status)).toEqual(['pending', 'pending', 'pending']);

    // A burst across both instances; A dies in the middle of it.
    const burst = Array.from({ length: 16 }, (_, index) => {
      const url = index % 2 === 0 ? cluster.a.url : cluster.b.url;
      return new Promise<Awaited<ReturnType<typeof ask>> | undefined>((resolve) => {
        setTimeout(
          () =>
            ask(url, `Burst ${index}: how do I reset my password?`).then(resolve, () => resolve(undefined)),
          index * 40,
        );
      });
    });
    setTimeout(() => cluster.a.process.child.kill('SIGKILL'), 300);
    const answered = (await Promise.all(burst)).filter((result) => result?.status === 200);
    expect(await cluster.a.process.exited).toBeNull();
    // Some of A's requests were cut off; all of B's were answered.
    expect(answered.length).toBeGreaterThanOrEqual(8);
    expect(answered.length).toBeLessThan(16);

    // Every answered message is in the store, with its answer.
    for (const result of answered) {
      const messages = await cluster.store.listMessages(result!.conversationId, { limit: 10 });
      expect(messages.map((message) => message.text)).toEqual(
        expect.arrayContaining([result!.text, result!.answers]),
      );
    }

    // B delivers each staff reply once, into its own thread.
    for (const [index, ts] of threads.entries()) {
      await slack.waitFor(() =>
        slack
          .callsTo('chat.postMessage')
          .find(
            (call) => call.args.thread_ts === ts && String(call.args.text).includes(`Staff reply ${index}`),
          ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const [index] of threads.entries()) {
      const sent = slack
        .callsTo('chat.postMessage')
        .filter((call) => String(call.args.text).includes(`Staff reply ${index}`));
      // The refused first attempt (through A) and one delivery (through B).
      expect(sent).toHaveLength(2);
    }
    for (const reply of replies) {
      expect(await cluster.store.getOutboxByKey('ws_default', reply.id)).toMatchObject({
        status: 'delivered',
      });
    }
  });
});
