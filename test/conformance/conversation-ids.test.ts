// Item 4: a client may choose its conversation id (scoped to workspace and bot); `null` is the same as absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call, seedMessageBody } from './seed.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('client-chosen conversation ids (the seed example "conversationId": "conversationId")', () => {
  it('starts a conversation for a new id, and continues it with the same id', async () => {
    const first = await call(server, 'POST', '/v1/bots/demo/message', seedMessageBody);
    expect(first.status).toBe(200);
    const conversationId = first.body.data.conversationId;
    const again = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'How do I reset my password?', conversationId: 'conversationId' },
    });
    expect(again.status).toBe(200);
    expect(again.body.data.conversationId).toBe(conversationId);
    expect(await server.store.listMessages(conversationId)).toHaveLength(4);
  });

  it('keeps the same chosen id apart in another workspace, and never reaches another workspace by id', async () => {
    const mine = await call(server, 'POST', '/v1/bots/demo/message', seedMessageBody);
    const otherToken = await server.token({ workspaceId: 'ws_conv_other' });
    await server.store.saveBot({
      ...(await server.store.getBot('ws_default', 'demo'))!,
      workspaceId: 'ws_conv_other',
    });
    const theirs = await call(server, 'POST', '/v1/bots/demo/message', seedMessageBody, otherToken);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.conversationId).not.toBe(mine.body.data.conversationId);

    // Sending my Frontdesk id from the other workspace starts their own conversation: nothing of mine shows.
    const probe = await call(
      server,
      'POST',
      '/v1/bots/demo/message',
      { message: { text: 'what did we say?' }, conversationId: mine.body.data.conversationId },
      otherToken,
    );
    expect(probe.status).toBe(200);
    expect(probe.body.data.conversationId).not.toBe(mine.body.data.conversationId);
    expect(await server.store.listMessages(probe.body.data.conversationId)).toHaveLength(2);
  });

  it('treats "conversationId": null as absent, in either place', async () => {
    for (const body of [
      { message: { text: 'Hello', conversationId: null } },
      { message: { text: 'Hello' }, conversationId: null },
    ]) {
      const { status, body: reply } = await call(server, 'POST', '/v1/bots/demo/message', body);
      expect(status).toBe(200);
      expect(reply.data.conversationId).toMatch(/^conv_/);
    }
  });
});
