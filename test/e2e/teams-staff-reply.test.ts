// The way back in Teams: a ticket opened in a Teams chat, answered by staff through the API, reaches that
// chat (and an internal note never does).
import { describe, expect, it } from 'vitest';
import { api, humanRequestTicket } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity } from './teams-setup.js';

describe('staff answers from the desk, in Teams', () => {
  const teams = useTeamsServer();

  it('posts a staff reply and a status change into the chat the ticket came from, once each', async () => {
    const { server, connector } = teams;
    const values = { serviceUrl: connector.url, verb: 'talk-to-human', messageId: 'msg_any' };
    await postActivity(server.url, activity('card-action-invoke', values, { id: 'human-staff-1' }));
    const ticket = await humanRequestTicket(server, 'teams:tenant-0001:a:1personal-conversation');
    const text = (sent: { activity: Record<string, unknown> }) => JSON.stringify(sent.activity);
    // An internal note is for staff only: it must never reach the chat.
    const note = await api(server, OWNER_TOKEN, 'POST', `/v1/conversations/${ticket.conversationId}/notes`, {
      text: 'Internal: refund approved by finance',
    });
    expect(note.status).toBe(201);

    const reply = await api(server, OWNER_TOKEN, 'POST', `/v1/tickets/${ticket.id}/replies`, {
      text: 'Hi Ada, Grace from support here.',
    });
    expect(reply.status).toBe(201);
    const posted = await connector.waitFor(() =>
      connector.ofType('message').find((sent) => text(sent).includes('Grace from support')),
    );
    expect(posted.conversationId).toBe('a:1personal-conversation');

    await api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${ticket.id}`, { status: 'resolved' });
    await connector.waitFor(() => connector.ofType('message').find((sent) => /resolved/i.test(text(sent))));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      connector.ofType('message').filter((sent) => text(sent).includes('Grace from support')),
    ).toHaveLength(1);
    expect(JSON.stringify(connector.sent)).not.toContain('refund approved by finance');
  });
});
