// Tickets and feedback from Teams: the card's buttons, the "Create ticket" message action, the requester.
import { getFeedback } from '@frontdesk/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity } from './teams-setup.js';

describe('tickets and feedback from Teams', () => {
  const teams = useTeamsServer();
  afterEach(() => {
    teams.connector.sent.length = 0;
  });

  async function ticketFor(channelKey: string) {
    const { server } = teams;
    const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
    if (!conversation) return undefined;
    return server.store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:human-request`);
  }

  /** Asks a question in a personal chat and returns the id of the answer the bot stored. */
  async function askedAnswerId(): Promise<string> {
    const { server, connector } = teams;
    await postActivity(
      server.url,
      activity('personal-message', { serviceUrl: connector.url }, { id: 'fb-q' }),
    );
    const assistant = async () => {
      const { conversations } = await server.store.listConversations('ws_default', {
        channel: 'teams',
        limit: 10,
        offset: 0,
      });
      for (const conversation of conversations) {
        const answer = (await server.store.listMessages(conversation.id)).findLast(
          (message) => message.role === 'assistant',
        );
        if (answer) return answer.id;
      }
      return undefined;
    };
    await vi.waitFor(async () => expect(await assistant()).toBeDefined(), { timeout: 5000 });
    return (await assistant()) as string;
  }

  it('stores Helpful / Not helpful against the answer', async () => {
    const { server, connector } = teams;
    const messageId = await askedAnswerId();
    const values = { serviceUrl: connector.url, verb: 'helpful', messageId };
    const response = await postActivity(server.url, activity('card-action-invoke', values, { id: 'fb-1' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(await getFeedback(server.store, messageId)).toMatchObject({
      feedback: 'helpful',
      by: 'aad-ada-0001',
    });

    await postActivity(
      server.url,
      activity('card-action-invoke', { ...values, verb: 'not-helpful' }, { id: 'fb-2' }),
    );
    expect((await getFeedback(server.store, messageId))?.feedback).toBe('not-helpful');
  });

  it('opens a ticket from "Talk to a human" and posts its facts into the chat', async () => {
    const { server, connector } = teams;
    const values = { serviceUrl: connector.url, verb: 'talk-to-human', messageId: 'msg_any' };
    const response = await postActivity(
      server.url,
      activity('card-action-invoke', values, { id: 'human-1' }),
    );
    const body = (await response.json()) as { value: string };
    const ticket = await ticketFor('teams:tenant-0001:a:1personal-conversation');
    expect(ticket).toBeDefined();
    expect(body.value).toContain(ticket!.id);
    expect(ticket!.requester).toMatchObject({ id: 'aad-ada-0001', name: 'Ada Lovelace' });

    const posted = await connector.waitFor(() => connector.ofType('message')[0]);
    const card = (
      posted.activity.attachments as { content: { body: { type: string; facts?: unknown[] }[] } }[]
    )[0]!;
    const facts = card.content.body.find((block) => block.type === 'FactSet')?.facts;
    expect(facts).toContainEqual({ title: 'Ticket', value: ticket!.id });

    // Teams re-sends the invoke: the same ticket, no second one.
    await postActivity(server.url, activity('card-action-invoke', values, { id: 'human-1' }));
    expect((await ticketFor('teams:tenant-0001:a:1personal-conversation'))?.id).toBe(ticket!.id);
  });

  it('opens a ticket from a message with the "Create ticket" message action', async () => {
    const { server, connector } = teams;
    const response = await postActivity(
      server.url,
      activity('message-action-invoke', { serviceUrl: connector.url }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { task: { type: string; value: string } };
    expect(body.task.type).toBe('message');
    const ticket = await ticketFor('teams:tenant-0001:19:groupchat0001@thread.v2');
    expect(body.task.value).toContain(ticket!.id);
    expect(ticket!.description).toContain('The export button crashes & nothing downloads');
    expect(ticket!.description).toContain('Customer is blocked');
    expect(ticket!.requester).toMatchObject({ id: 'aad-grace-0002', name: 'Grace Hopper' });
  });

  it('takes the requester email from the member lookup', async () => {
    const { server, connector } = teams;
    connector.members.set('29:1user-channel', {
      id: '29:1user-channel',
      name: 'Alan Turing',
      email: 'alan@example.com',
    });
    await postActivity(
      server.url,
      activity('channel-mention', { serviceUrl: connector.url }, { id: 'email-1' }),
    );
    const channelKey = 'teams:tenant-0001:19:channel0001@thread.tacv2;messageid=1712000000003';
    await connector.waitFor(() =>
      connector
        .ofType('message')
        .find((entry) => entry.conversationId === channelKey.slice('teams:tenant-0001:'.length)),
    );
    const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
    expect(conversation?.requester).toEqual({
      id: 'aad-alan-0003',
      name: 'Alan Turing',
      email: 'alan@example.com',
    });
  });
});
