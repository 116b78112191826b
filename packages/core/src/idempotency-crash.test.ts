import { describe, expect, it } from 'vitest';
import type { AgentClient } from './agent-client.js';
import { createCore } from './handle-incoming.js';
import { createIdSource } from './id-source.js';
import type { IncomingMessage } from './incoming-message.js';
import { createMemoryStore } from './memory-store.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import { collectReply } from './reply-stream.js';
import type { Store } from './store.js';
import { makeBot, manualClock, scriptedAgent, windowLimiter } from './testing/fixtures.js';

const message: IncomingMessage = {
  workspaceId: 'ws_a',
  botId: 'demo',
  channel: 'api',
  text: 'Where is my order?',
  clientKey: '127.0.0.1',
  channelScope: 'api:tok_1',
  idempotency: { key: 'key-crash', fingerprint: 'body-1' },
};

/** A core over `store`, as one server process: a restart is a new core over the same store. */
function processOver(store: Store, agent: AgentClient) {
  const clock = manualClock();
  return createCore({
    store,
    agentFor: () => agent,
    ticketSinkFor: () => ({
      name: 'none',
      create: () => Promise.reject(new Error('no tickets here')),
      status: (ticket) => Promise.resolve(ticket),
    }),
    rateLimiter: windowLimiter(clock),
    defaultRateLimits: parseRateLimitPolicy('off'),
    clock,
    ids: createIdSource(clock),
  });
}

describe('idempotency across a crash', () => {
  it('lets the retry after a restart run at once in the same conversation: no 409, no second conversation', async () => {
    const store = createMemoryStore();
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 });
    await store.saveBot(makeBot());
    // The first process takes the key, resolves the conversation, and dies while the agent works.
    const hanging: AgentClient = {
      async *send() {
        await new Promise(() => {});
      },
    };
    const crashed = await processOver(store, hanging).handleIncoming(message);
    const iterator = crashed.events[Symbol.asyncIterator]();
    void iterator.next();

    const restarted = processOver(
      store,
      scriptedAgent(() => [
        { type: 'text-delta', text: 'It ships today.' },
        { type: 'finish', noAnswer: false },
      ]),
    );
    const retry = await restarted.handleIncoming(message);
    const data = await collectReply(retry.events);
    expect(data.answers).toBe('It ships today.');
    expect(data.conversationId).toBe(crashed.conversationId);
    expect(await store.listConversationsByChannelKeyPrefix('ws_a', 'demo', '', { limit: 10 })).toHaveLength(
      1,
    );
  });
});
