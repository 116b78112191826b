// Who is asking, in every channel: the ticket list and a ticket show the requester the channel (or identify()) gave.
import { describe, expect, it, vi } from 'vitest';
import { eventCallback, mentionEvents, nextTs, sendEvent } from '../fakes/slack-payloads.js';
import { useChannelsServer } from './channels-server.js';
import { api, conversationIdOf } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

const running = useChannelsServer(() => scriptedAgent());

/** The requester the ticket list shows for the ticket of `channel`, once it is there. */
async function listedRequester(channel: string) {
  const { server } = running;
  return vi.waitFor(
    async () => {
      const list = await api(server, OWNER_TOKEN, 'GET', `/v1/tickets?channel=${channel}`);
      const [ticket] = list.json.data;
      if (!ticket) throw new Error(`no ${channel} ticket yet`);
      const detail = await api(server, OWNER_TOKEN, 'GET', `/v1/tickets/${ticket.id}`);
      expect(detail.json.data.requester).toEqual(ticket.requester);
      return ticket.requester;
    },
    { timeout: 10_000 },
  );
}

describe('the requester of a ticket', () => {
  it('is the user the site passed to identify(), for the widget', async () => {
    const { server } = running;
    const headers = { 'Content-Type': 'application/json', Origin: server.url };
    const session = await fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        botId: 'demo',
        user: { userId: 'u-7', name: 'Grace Hopper', email: 'grace@example.com' },
      }),
    });
    const token = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
    const said = await fetch(`${server.url}/widget/v1/messages`, {
      method: 'POST',
      headers: { ...headers, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: 'I want to talk to a human' }),
    });
    conversationIdOf(await said.text());
    expect(await listedRequester('web')).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com' });
  });

  it('is the Slack user, with the name Slack gives', async () => {
    const { server } = running;
    const { mention } = mentionEvents({
      channel: 'C0701',
      user: 'U0701',
      text: 'talk to a human',
      ts: nextTs(),
    });
    await sendEvent(server.url, eventCallback(mention));
    expect(await listedRequester('slack')).toMatchObject({ id: 'U0701', name: 'Ada Lovelace' });
  });

  it('is the Teams user who wrote', async () => {
    const { server, connector } = running;
    const values = { serviceUrl: connector.url };
    await postActivity(
      server.url,
      activity('personal-message', values, { id: 'req-1', text: 'I want to talk to a human' }),
    );
    expect(await listedRequester('teams')).toMatchObject({ name: 'Ada Lovelace' });
  });
});
