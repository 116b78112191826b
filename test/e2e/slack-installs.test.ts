// One Slack app, many installs: "Add to Slack" into two Slack workspaces answered by two bots of two
// Frontdesk workspaces with no crossing of data; a channel re-routed to another bot; deliveries.
import { describe, expect, it } from 'vitest';
import { nextTs, sendCommand } from '../fakes/slack-payloads.js';
import { ask, install, useInstallServer } from './slack-install-setup.js';

const running = useInstallServer();

describe('Add to Slack', () => {
  it('refuses a redirect whose state is not this browser’s', async () => {
    const { server } = running;
    const response = await install(running, '/slack/install', 'code-acme', 'slack-app-oauth-state=forged');
    expect(response.status).toBe(400);
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeUndefined();
  });

  it('installs into the default workspace from the public page, and into another workspace from its link', async () => {
    const { server, hrToken } = running;
    expect((await install(running, '/slack/install', 'code-acme')).status).toBe(200);
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    expect(acme).toMatchObject({ workspaceId: 'ws_default', botId: 'demo' });
    // The token is sealed at rest.
    expect(acme?.secret).not.toContain('xoxb-');

    const link = await fetch(`${server.url}/v1/slack/install-links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${hrToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ botId: 'hr' }),
    });
    expect(link.status).toBe(201);
    const { url } = ((await link.json()) as { data: { url: string } }).data;
    expect((await install(running, new URL(url).pathname + new URL(url).search, 'code-globex')).status).toBe(
      200,
    );
    expect(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' })).toMatchObject({
      workspaceId: 'ws_hr',
      botId: 'hr',
    });
  });

  it('answers each Slack workspace with its own token and bot, keeping conversations apart', async () => {
    const { slack, server, agent, hrToken } = running;
    const acme = await ask(running, 'T0ACME', 'C0ACME1', 'Where is the VPN guide?', 'UBOTACME');
    expect(slack.issued.get(acme.token ?? '')?.teamId).toBe('T0ACME');
    expect(agent.requests.at(-1)?.botId).toBe('demo');
    const globex = await ask(running, 'T0GLOBEX', 'C0GLOBEX1', 'How many holidays do I have?', 'UBOTGLOBEX');
    expect(slack.issued.get(globex.token ?? '')?.teamId).toBe('T0GLOBEX');
    expect(agent.requests.at(-1)?.botId).toBe('hr');

    const key = `slack:T0GLOBEX:C0GLOBEX1:${globex.args.thread_ts}`;
    expect(await server.store.findConversationByChannelKey('ws_hr', 'hr', key)).toBeDefined();
    expect(await server.store.findConversationByChannelKey('ws_default', 'demo', key)).toBeUndefined();
    // The HR workspace's token sees only its own conversations.
    const listed = await fetch(`${server.url}/v1/conversations`, {
      headers: { Authorization: `Bearer ${hrToken}` },
    });
    const { data } = (await listed.json()) as { data: { botId: string }[] };
    expect(data.map((conversation) => conversation.botId)).toEqual(['hr']);
  });

  it('re-routes a channel to another bot through the API, and back with /frontdesk bot', async () => {
    const { slack, server, agent, hrToken } = running;
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const put = await fetch(`${server.url}/v1/slack/connections/${acme?.id}/channels/C0ACME2`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ botId: 'it' }),
    });
    expect(put.status).toBe(200);
    await ask(running, 'T0ACME', 'C0ACME2', 'My laptop is broken', 'UBOTACME');
    expect(agent.requests.at(-1)?.botId).toBe('it');

    // Another workspace's bot cannot be routed here.
    const foreign = await fetch(`${server.url}/v1/slack/connections/${acme?.id}/channels/C0ACME2`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${hrToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ botId: 'hr' }),
    });
    expect(foreign.status).toBe(404);

    slack.users.set('U0ADMIN', { name: 'Alex Admin', admin: true });
    const command = {
      command: '/frontdesk',
      text: 'bot demo',
      team_id: 'T0ACME',
      channel_id: 'C0ACME2',
      user_id: 'U0ADMIN',
      trigger_id: `trigger-${nextTs()}`,
      response_url: `${slack.responseUrl}route`,
    };
    await sendCommand(server.url, command);
    await slack.waitFor(() =>
      slack.responses.find((response) => String(response.text).includes('answers in this channel')),
    );
    await ask(running, 'T0ACME', 'C0ACME2', 'Printer jammed', 'UBOTACME');
    expect(agent.requests.at(-1)?.botId).toBe('demo');

    slack.users.set('U0NOBODY', { name: 'Not Admin' });
    await sendCommand(server.url, {
      ...command,
      user_id: 'U0NOBODY',
      text: 'bot it',
      trigger_id: `t-${nextTs()}`,
    });
    await slack.waitFor(() =>
      slack.responses.find((response) => String(response.text).includes('Only Slack')),
    );
  });

  it('lists a channel route with its bot and removes it through the API (DELETE)', async () => {
    const { server, agent, hrToken } = running;
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const owner = await server.token({});
    const path = `${server.url}/v1/slack/connections/${acme?.id}/channels/C0ACME3`;
    const send = async (method: string, token: string, body?: unknown) =>
      fetch(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await send('PUT', owner, { botId: 'it' })).status).toBe(200);
    const routesOf = async () => {
      const listed = await fetch(`${server.url}/v1/slack/connections`, {
        headers: { Authorization: `Bearer ${owner}` },
      });
      const { data } = (await listed.json()) as { data: { id: string; routes: unknown[] }[] };
      return data.find((connection) => connection.id === acme?.id)?.routes;
    };
    expect(await routesOf()).toContainEqual({ channelId: 'C0ACME3', botId: 'it' });
    // Another workspace cannot remove it; a second removal is a 404.
    expect((await send('DELETE', hrToken)).status).toBe(404);
    expect((await send('DELETE', owner)).status).toBe(200);
    expect((await send('DELETE', owner)).status).toBe(404);
    expect(await routesOf()).not.toContainEqual({ channelId: 'C0ACME3', botId: 'it' });
    await ask(running, 'T0ACME', 'C0ACME3', 'The Wi-Fi is down', 'UBOTACME');
    expect(agent.requests.at(-1)?.botId).toBe('demo');
  });

  it("delivers a staff reply through the conversation's own installation", async () => {
    const { slack, server, hrToken } = running;
    const globex = await ask(running, 'T0GLOBEX', 'C0GLOBEX3', 'Can I carry over leave?', 'UBOTGLOBEX');
    const key = `slack:T0GLOBEX:C0GLOBEX3:${globex.args.thread_ts}`;
    const conversation = await server.store.findConversationByChannelKey('ws_hr', 'hr', key);
    const reply = await fetch(`${server.url}/v1/conversations/${conversation?.id}/replies`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${hrToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Yes, up to five days.' }),
    });
    expect(reply.status).toBe(201);
    const posted = await slack.waitFor(() =>
      slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.thread_ts === globex.args.thread_ts && call.args.channel === 'C0GLOBEX3'),
    );
    expect(slack.issued.get(posted.token ?? '')?.teamId).toBe('T0GLOBEX');
  });
});
