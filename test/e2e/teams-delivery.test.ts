// Proactive delivery into Teams: staff replies land once; 429 backs off; 403/404 mark the delivery failed for good.
import type { Conversation, Core } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { ConversationGoneError, createTeamsAdapter, type TeamsAdapter } from '@frontdesk/teams';
import pino from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { activity } from './teams-setup.js';

const CHANNEL_KEY = 'teams:tenant-0001:a:1personal-conversation';

function conversation(): Conversation {
  return {
    id: 'conv_teams_1',
    workspaceId: 'ws_default',
    botId: 'demo',
    channel: 'teams',
    channelKey: CHANNEL_KEY,
    requester: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('delivering into Teams', () => {
  let connector: FakeBotConnector;
  let teams: TeamsAdapter;
  let retries: number[];

  beforeEach(async () => {
    await connector?.close();
    connector = await startFakeBotConnector();
    retries = [];
    const logger = pino({ level: 'silent' });
    logger.warn = ((object: { waitMs?: number }) => {
      if (object.waitMs !== undefined) retries.push(object.waitMs);
    }) as never;
    teams = createTeamsAdapter({
      workspaceId: 'ws_default',
      botId: 'demo',
      emulator: true,
      core: { handleIncoming: () => Promise.reject(new Error('no messages here')) } as Core,
      store: createMemoryStore(),
      logger,
      retryBaseMs: 50,
    });
    // Installing the app stores the conversation reference deliveries are sent with.
    await teams.handleRequest(
      new Request('http://frontdesk.test/api/messages', {
        method: 'POST',
        body: JSON.stringify(activity('conversation-update', { serviceUrl: connector.url })),
      }),
    );
    // The welcome goes out after the 200; let it finish before counting sends.
    await teams.idle();
    connector.sent.length = 0;
  });
  afterAll(() => connector.close());

  const staffReply = (id: string) => ({ id, kind: 'staff-reply' as const, text: 'We fixed it on our side.' });

  it('posts a staff reply into the conversation once, however often it is delivered', async () => {
    await teams.deliver(conversation(), staffReply('out_1'));
    await teams.deliver(conversation(), staffReply('out_1'));
    expect(connector.sent).toHaveLength(1);
    const card = (connector.sent[0]!.activity.attachments as { content: { body: { text: string }[] } }[])[0]!;
    expect(card.content.body.map((block) => block.text)).toEqual([
      'Reply from support',
      'We fixed it on our side.',
    ]);
    expect(connector.sent[0]!.conversationId).toBe('a:1personal-conversation');
    expect(await teams.deliveryState('out_1')).toMatchObject({ state: 'delivered' });
  });

  it('backs off with jitter on 429 and then delivers', async () => {
    connector.failNext({ status: 429 }, 2);
    await teams.deliver(conversation(), staffReply('out_2'));
    expect(connector.sent).toHaveLength(1);
    expect(retries).toHaveLength(2);
    // Full jitter under an exponential ceiling: 0–50 ms, then 0–100 ms.
    expect(retries[0]).toBeLessThanOrEqual(50);
    expect(retries[1]).toBeLessThanOrEqual(100);
  });

  it('waits at least as long as Retry-After says', async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    await teams.deliver(conversation(), staffReply('out_3'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(connector.sent).toHaveLength(1);
  });

  it.each([
    [403, 'BotNotInConversationRoster'],
    [404, 'ConversationNotFound'],
  ] as const)('marks the delivery failed on %i %s and stops sending there', async (status, code) => {
    connector.failNext({ status, code });
    const failure = await teams.deliver(conversation(), staffReply('out_4')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConversationGoneError);
    expect(failure).toMatchObject({ reason: code, permanent: true });
    expect(await teams.deliveryState('out_4')).toMatchObject({ state: 'failed', reason: code });

    // A later message to the same conversation is not even tried.
    const later = await teams.deliver(conversation(), staffReply('out_5')).catch((error: unknown) => error);
    expect(later).toMatchObject({ reason: code });
    expect(connector.sent).toHaveLength(0);
  });
});
