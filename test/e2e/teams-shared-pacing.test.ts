// Two instances delivering into one Teams conversation with the Redis send limiter keep Teams' per-conversation pace together.
import { randomUUID } from 'node:crypto';
import type { Conversation, Core } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { openRedis, type RedisClient } from '@frontdesk/services/bus/redis-client';
import { createRedisSendLimiter } from '@frontdesk/services/limits/redis-send-limiter';
import { createTeamsAdapter, TEAMS_CONVERSATION_LIMITS, type TeamsAdapter } from '@frontdesk/teams';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { REDIS_TEST_URL, redisReachable } from '../redis-check.js';
import { activity } from './teams-setup.js';

const reachable = await redisReachable();
const logger = pino({ level: 'silent' });

const conversation: Conversation = {
  id: 'conv_teams_paced',
  workspaceId: 'ws_default',
  botId: 'demo',
  channel: 'teams',
  channelKey: 'teams:tenant-0001:a:1personal-conversation',
  requester: null,
  createdAt: 0,
  updatedAt: 0,
};

describe.skipIf(!reachable)('Teams send pacing shared through Redis', () => {
  let connector: FakeBotConnector;
  const clients: RedisClient[] = [];
  const instances: TeamsAdapter[] = [];

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    // One store (as one PostgreSQL) and one Redis prefix: two instances of one deployment.
    const store = createMemoryStore();
    const prefix = `fdtest-${randomUUID()}`;
    for (let index = 0; index < 2; index++) {
      const client = await openRedis(REDIS_TEST_URL, logger);
      clients.push(client);
      instances.push(
        createTeamsAdapter({
          workspaceId: 'ws_default',
          botId: 'demo',
          core: { handleIncoming: () => Promise.reject(new Error('no messages here')) } as Core,
          store,
          logger,
          emulator: true,
          limiter: createRedisSendLimiter(client, { windows: TEAMS_CONVERSATION_LIMITS, prefix }),
        }),
      );
    }
    // The install stores the conversation reference both instances deliver with.
    const [first] = instances;
    await first?.handleRequest(
      new Request('http://frontdesk.test/api/messages', {
        method: 'POST',
        body: JSON.stringify(activity('conversation-update', { serviceUrl: connector.url })),
      }),
    );
    await first?.idle();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    for (const client of clients) await client.close();
    await connector?.close();
  });

  it('sends at most 7 a second and 8 per 2 seconds into the conversation from both instances together', async () => {
    // The welcome was counted too: let it leave the 1 s and 2 s windows first.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const before = connector.sent.length;
    const started = Date.now();
    const replies = Array.from({ length: 10 }, (_, index) =>
      (instances[index % 2] as TeamsAdapter).deliver(conversation, {
        id: `out_paced_${index}`,
        kind: 'staff-reply',
        text: `Reply ${index}`,
      }),
    );
    await Promise.all(replies);
    const times = connector.sent.slice(before).map((sent) => sent.at - started);
    expect(times).toHaveLength(10);
    // Five each at once would be ten in the first second; together: 7, the 8th a second later, the rest after 2 s.
    expect(times.filter((time) => time < 950).length).toBeLessThanOrEqual(7);
    expect(times.filter((time) => time < 1950).length).toBeLessThanOrEqual(8);
    expect(Math.max(...times)).toBeGreaterThanOrEqual(1950);
  });
});
