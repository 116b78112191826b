// Item 3: deleting a bot answers 409 with the reason while it has conversations; `?cascade=true` removes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call, seedMessageBody } from './seed.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const id of ['busy', 'idle']) {
    await call(server, 'POST', '/v1/bots', {
      id,
      name: id,
      agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
    });
  }
  const { message } = seedMessageBody;
  const first = await call(server, 'POST', '/v1/bots/busy/message', { message: { text: message.text } });
  expect(first.status).toBe(200);
  await call(server, 'POST', '/v1/bots/busy/message', { message: { text: 'I want to talk to a human' } });
});
afterAll(async () => {
  await server?.close();
});

describe('DELETE /v1/bots/{botId}', () => {
  it('answers 409 with the reason, not 500, for a bot with conversations', async () => {
    const { status, body } = await call(server, 'DELETE', '/v1/bots/busy');
    expect(status).toBe(409);
    expect(body.code).toBe('conflict_error');
    expect(body.message).toMatch(/2 conversations/);
    expect(body.message).toMatch(/cascade=true/);
    expect((await call(server, 'GET', '/v1/bots/busy')).status).toBe(200);
  });

  it('previews a cascade without deleting anything', async () => {
    const { status, body } = await call(server, 'DELETE', '/v1/bots/busy?cascade=true&dryRun=true');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ deleted: false, wouldDelete: { conversations: 2, messages: 4 } });
    expect(body.data.wouldDelete.tickets).toBeGreaterThanOrEqual(1);
    expect((await call(server, 'GET', '/v1/bots/busy')).status).toBe(200);
  });

  it('with ?cascade=true removes the bot with its conversations, messages and tickets', async () => {
    const conversations = await server.store.listConversationsByChannelKeyPrefix(
      'ws_default',
      'busy',
      'api:',
    );
    expect(conversations).toHaveLength(2);
    const { status, body } = await call(server, 'DELETE', '/v1/bots/busy?cascade=true');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ deleted: true, removed: { conversations: 2 } });
    expect((await call(server, 'GET', '/v1/bots/busy')).status).toBe(404);
    for (const conversation of conversations) {
      expect(await server.store.getConversation(conversation.id)).toBeUndefined();
      expect(await server.store.listMessages(conversation.id)).toEqual([]);
    }
  });

  it('deletes a bot without conversations at once, and refuses an unknown query flag', async () => {
    expect((await call(server, 'DELETE', '/v1/bots/idle?force=yes')).status).toBe(400);
    expect((await call(server, 'DELETE', '/v1/bots/idle')).status).toBe(200);
    expect((await call(server, 'GET', '/v1/bots/idle')).status).toBe(404);
  });
});
