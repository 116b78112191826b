// The core's reply buttons in Teams: the CSAT question carries 1–5 suggested actions, and tapping one (its text) is kept as the rating.
import { describe, expect, it, vi } from 'vitest';
import { api, humanRequestTicket } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity } from './teams-setup.js';

describe('reply buttons in Teams', () => {
  const teams = useTeamsServer();

  it('asks for a rating with five suggested actions after a resolve, and keeps the one tapped', async () => {
    const { server, connector } = teams;
    const values = { serviceUrl: connector.url, verb: 'talk-to-human', messageId: 'msg_any' };
    await postActivity(server.url, activity('card-action-invoke', values, { id: 'human-csat-1' }));
    const ticket = await humanRequestTicket(server, 'teams:tenant-0001:a:1personal-conversation');
    await api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${ticket.id}`, { status: 'resolved' });
    const question = await connector.waitFor(() =>
      connector.ofType('message').find((sent) => JSON.stringify(sent.activity).includes('How did we do')),
    );
    const suggested = question.activity.suggestedActions as {
      actions: { type: string; title: string; value: string }[];
    };
    expect(suggested.actions.map((action) => [action.type, action.title, action.value])).toEqual(
      ['1', '2', '3', '4', '5'].map((score) => ['imBack', score, score]),
    );

    // imBack posts the button's value as the person's message.
    await postActivity(
      server.url,
      activity('personal-message', { serviceUrl: connector.url }, { id: 'csat-tap-1', text: '5' }),
    );
    await vi.waitFor(
      async () => {
        const ratings = await server.store.listCsat('ws_default', { limit: 10, offset: 0 });
        expect(ratings.map((rating) => [rating.ticketId, rating.score])).toEqual([[ticket.id, 5]]);
      },
      { timeout: 10_000 },
    );
  });
});
