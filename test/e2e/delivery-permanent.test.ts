// Delivery status is the truth: a staff reply Slack or Teams will never take is failed at once, with the
// platform's reason, never retried and never shown as delivered.
import { describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { eventCallback, mentionEvents, nextTs, sendEvent, TEAM } from '../fakes/slack-payloads.js';
import { OWNER_TOKEN } from './harness.js';
import { inThread, useSlackServer } from './slack-setup.js';
import { activity, postActivity } from './teams-setup.js';

const running = useSlackServer({ FRONTDESK_TEAMS_EMULATOR: '1' });

interface ReplyBody {
  data: { id: string; delivery: { status: string; error: string | null } | null };
}

async function staffReply(conversationId: string, text: string): Promise<ReplyBody['data']> {
  const response = await fetch(`${running.server.url}/v1/conversations/${conversationId}/replies`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as ReplyBody).data;
}

async function conversationId(channelKey: string): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const found = await running.server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
    if (found) return found.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No conversation ${channelKey}`);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a delivery the platform will never take', () => {
  it.each(['is_archived', 'channel_not_found', 'not_in_channel', 'token_revoked'])(
    'is failed at once in Slack on %s, and not tried again',
    async (code) => {
      const { slack, server } = running;
      const root = nextTs();
      const channel = `C0GONE${code.length}`;
      await sendEvent(
        server.url,
        eventCallback(
          mentionEvents({ channel, user: 'U0700', text: 'Where is my refund?', ts: root }).mention,
        ),
      );
      await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
      const id = await conversationId(`slack:${TEAM}:${channel}:${root}`);

      slack.failNext('chat.postMessage', { error: code });
      const reply = await staffReply(id, 'We sent the refund today.');
      expect(reply.delivery).toEqual({ status: 'failed', error: expect.stringContaining(code) });
      const tried = slack.callsTo('chat.postMessage').filter(inThread(root)).length;
      // The outbox worker runs meanwhile: it must not pick the message up again.
      await wait(2500);
      expect(slack.callsTo('chat.postMessage').filter(inThread(root))).toHaveLength(tried);
      expect((await server.store.getOutboxByKey('ws_default', reply.id))?.status).toBe('failed');
    },
  );

  it.each([
    [403, 'BotNotInConversationRoster'],
    [404, 'ConversationNotFound'],
  ] as const)('is failed at once in Teams on %i %s, never delivered later', async (status, code) => {
    const connector: FakeBotConnector = await startFakeBotConnector();
    try {
      const conversation = `a:1gone-${status}`;
      await postActivity(
        running.server.url,
        activity(
          'personal-message',
          { serviceUrl: connector.url },
          {
            id: `gone-${status}`,
            conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: conversation },
          },
        ),
      );
      await connector.waitFor(() => connector.ofType('message')[0]);
      const id = await conversationId(`teams:tenant-0001:${conversation}`);
      connector.failNext({ status, code });
      const reply = await staffReply(id, 'We sent the refund today.');
      expect(reply.delivery).toEqual({ status: 'failed', error: expect.stringContaining(code) });
      await wait(2500);
      expect((await running.server.store.getOutboxByKey('ws_default', reply.id))?.status).toBe('failed');
      expect(connector.ofType('message')).toHaveLength(1);
    } finally {
      await connector.close();
    }
  });
});
