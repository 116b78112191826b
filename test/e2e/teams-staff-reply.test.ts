// The way back in Teams: a ticket opened in a Teams chat, answered by staff through the API, reaches that
// chat (and an internal note never does).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

describe('staff answers from the desk, in Teams', () => {
  let server: TestServer;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    server = await startTestServer({
      env: { FRONTDESK_TEAMS_EMULATOR: '1' },
      agentFor: () => scriptedAgent(),
    });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  it('posts a staff reply and a status change into the chat the ticket came from, once each', async () => {
    const values = { serviceUrl: connector.url, verb: 'talk-to-human', messageId: 'msg_any' };
    await postActivity(server.url, activity('card-action-invoke', values, { id: 'human-staff-1' }));
    const ticket = await vi.waitFor(
      async () => {
        const conversation = await server.store.findConversationByChannelKey(
          'ws_default',
          'demo',
          'teams:tenant-0001:a:1personal-conversation',
        );
        const found =
          conversation &&
          (await server.store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:human-request`));
        if (!found) throw new Error('no ticket yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const staff = { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' };
    const text = (sent: { activity: Record<string, unknown> }) => JSON.stringify(sent.activity);
    // An internal note is for staff only: it must never reach the chat.
    const note = await fetch(`${server.url}/v1/conversations/${ticket.conversationId}/notes`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ text: 'Internal: refund approved by finance' }),
    });
    expect(note.status).toBe(201);

    const reply = await fetch(`${server.url}/v1/tickets/${ticket.id}/replies`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ text: 'Hi Ada, Grace from support here.' }),
    });
    expect(reply.status).toBe(201);
    const posted = await connector.waitFor(() =>
      connector.ofType('message').find((sent) => text(sent).includes('Grace from support')),
    );
    expect(posted.conversationId).toBe('a:1personal-conversation');

    await fetch(`${server.url}/v1/tickets/${ticket.id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ status: 'resolved' }),
    });
    await connector.waitFor(() => connector.ofType('message').find((sent) => /resolved/i.test(text(sent))));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      connector.ofType('message').filter((sent) => text(sent).includes('Grace from support')),
    ).toHaveLength(1);
    expect(JSON.stringify(connector.sent)).not.toContain('refund approved by finance');
  });
});
