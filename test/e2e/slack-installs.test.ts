// One Slack app, many installs: "Add to Slack" into two Slack workspaces answered by two bots of two
// Frontdesk workspaces with no crossing of data; a channel re-routed to another bot; an uninstall.
import { botSettingsSchema } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCallback, nextTs, SIGNING_SECRET, sendCommand, sendEvent } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';
import { scriptedSlackAgent } from './slack-setup.js';

const CLIENT = { clientId: '1234.5678', clientSecret: 'client-secret-for-tests' };

let slack: FakeSlackWebApi;
let server: TestServer;
const agent = scriptedSlackAgent();
let hrToken: string;

beforeAll(async () => {
  slack = await startFakeSlackWebApi({ token: 'xoxb-unused', ...CLIENT });
  slack.teams.push(
    { code: 'code-acme', teamId: 'T0ACME', teamName: 'Acme', botUserId: 'UBOTACME' },
    { code: 'code-globex', teamId: 'T0GLOBEX', teamName: 'Globex', botUserId: 'UBOTGLOBEX' },
    {
      code: 'code-initech',
      teamId: 'T0INITECH',
      teamName: 'Initech',
      botUserId: 'UBOTORG',
      enterpriseId: 'E0INITECH',
    },
  );
  server = await startTestServer({
    env: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_CLIENT_ID: CLIENT.clientId,
      SLACK_CLIENT_SECRET: CLIENT.clientSecret,
      SLACK_API_URL: slack.apiUrl,
    },
    agentFor: () => agent,
  });
  // A second Frontdesk workspace with its own bot, and a second bot in the default workspace.
  hrToken = await server.token({ workspaceId: 'ws_hr', role: 'owner' });
  const bot = (workspaceId: string, id: string) => ({
    id,
    workspaceId,
    name: id.toUpperCase(),
    enabled: true,
    agent: { kind: 'embedded' as const, knowledgeDir: 'x' },
    settings: botSettingsSchema.parse({}),
    createdAt: Date.now(),
    updatedAt: Date.now(),
  });
  await server.store.saveBot(bot('ws_hr', 'hr'));
  await server.store.saveBot(bot('ws_default', 'it'));
});
afterAll(async () => {
  await server?.close();
  await slack?.close();
});

/** Opens the install page, then comes back from Slack with `code`; returns the redirect's response. */
async function install(installPath: string, code: string, cookieOverride?: string): Promise<Response> {
  const page = await fetch(new URL(installPath, server.url));
  expect(page.status).toBe(200);
  const href = /<a href="([^"]+)"/.exec(await page.text())?.[1]?.replaceAll('&amp;', '&') ?? '';
  const state = new URL(href).searchParams.get('state') ?? '';
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return fetch(`${server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { Cookie: cookieOverride ?? cookie },
  });
}

function mention(team: string, channel: string, text: string, botUser: string) {
  const ts = nextTs();
  const envelope = eventCallback({
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${botUser}> ${text}`,
    ts,
    channel,
  });
  return {
    ts,
    envelope: {
      ...envelope,
      team_id: team,
      authorizations: [{ team_id: team, user_id: botUser, is_bot: true, is_enterprise_install: false }],
    },
  };
}

async function ask(team: string, channel: string, text: string, botUser: string) {
  const { ts, envelope } = mention(team, channel, text, botUser);
  await sendEvent(server.url, envelope);
  return slack.waitFor(() =>
    slack
      .callsTo('chat.startStream')
      .find((call) => call.args.thread_ts === ts && call.args.channel === channel),
  );
}

describe('Add to Slack', () => {
  it('refuses a redirect whose state is not this browser’s', async () => {
    const response = await install('/slack/install', 'code-acme', 'slack-app-oauth-state=forged');
    expect(response.status).toBe(400);
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeUndefined();
  });

  it('installs into the default workspace from the public page, and into another workspace from its link', async () => {
    expect((await install('/slack/install', 'code-acme')).status).toBe(200);
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
    expect((await install(new URL(url).pathname + new URL(url).search, 'code-globex')).status).toBe(200);
    expect(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' })).toMatchObject({
      workspaceId: 'ws_hr',
      botId: 'hr',
    });
  });

  it('answers each Slack workspace with its own token and bot, keeping conversations apart', async () => {
    const acme = await ask('T0ACME', 'C0ACME1', 'Where is the VPN guide?', 'UBOTACME');
    expect(slack.issued.get(acme.token ?? '')?.teamId).toBe('T0ACME');
    expect(agent.requests.at(-1)?.botId).toBe('demo');
    const globex = await ask('T0GLOBEX', 'C0GLOBEX1', 'How many holidays do I have?', 'UBOTGLOBEX');
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
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const put = await fetch(`${server.url}/v1/slack/connections/${acme?.id}/channels/C0ACME2`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ botId: 'it' }),
    });
    expect(put.status).toBe(200);
    await ask('T0ACME', 'C0ACME2', 'My laptop is broken', 'UBOTACME');
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
    await ask('T0ACME', 'C0ACME2', 'Printer jammed', 'UBOTACME');
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

  it("delivers a staff reply through the conversation's own installation", async () => {
    const globex = await ask('T0GLOBEX', 'C0GLOBEX3', 'Can I carry over leave?', 'UBOTGLOBEX');
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

  it('keeps the installation when only user tokens are revoked', async () => {
    const revoked = eventCallback({ type: 'tokens_revoked', tokens: { oauth: ['U0INSTALLER'], bot: [] } });
    await sendEvent(server.url, { ...revoked, team_id: 'T0ACME', authorizations: undefined });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeDefined();
  });

  it('removes the installation on app_uninstalled and answers nothing there afterwards', async () => {
    const uninstalled = eventCallback({ type: 'app_uninstalled' });
    await sendEvent(server.url, { ...uninstalled, team_id: 'T0GLOBEX', authorizations: undefined });
    for (let tries = 0; tries < 50; tries++) {
      if (!(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' }))) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' })).toBeUndefined();
    const asked = agent.requests.length;
    const { envelope } = mention('T0GLOBEX', 'C0GLOBEX1', 'Still there?', 'UBOTGLOBEX');
    await sendEvent(server.url, envelope);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(agent.requests.length).toBe(asked);
  });
});

describe('a revoked bot token', () => {
  it('removes the installation, and a later delivery there fails for good', async () => {
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const thread = await ask('T0ACME', 'C0ACME9', 'Is the wiki down?', 'UBOTACME');
    const key = `slack:T0ACME:C0ACME9:${thread.args.thread_ts}`;
    const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', key);
    const revoked = eventCallback({ type: 'tokens_revoked', tokens: { oauth: [], bot: ['UBOTACME'] } });
    await sendEvent(server.url, { ...revoked, team_id: 'T0ACME', authorizations: undefined });
    for (
      let tries = 0;
      tries < 50 && (await server.store.findSlackInstallation({ teamId: 'T0ACME' }));
      tries++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeUndefined();
    expect(await server.store.getChannelRoute(acme?.id ?? '', 'C0ACME2')).toBeUndefined();
    const reply = await fetch(`${server.url}/v1/conversations/${conversation?.id}/replies`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'It is back.' }),
    });
    const { data } = (await reply.json()) as { data: { delivery: { status: string; error: string } } };
    expect(data.delivery).toEqual({
      status: 'failed',
      error: expect.stringContaining('no longer installed'),
    });
  });
});

describe('an org-wide install (Enterprise Grid)', () => {
  it('answers in any workspace of the org with the org token, and delivers there later', async () => {
    expect((await install('/slack/install', 'code-initech')).status).toBe(200);
    const org = await server.store.findSlackInstallation({
      enterpriseId: 'E0INITECH',
      isEnterpriseInstall: true,
    });
    expect(org).toMatchObject({ teamId: null, isEnterpriseInstall: true, workspaceId: 'ws_default' });

    const ts = nextTs();
    const base = eventCallback({
      type: 'app_mention',
      user: 'U0ORG',
      text: '<@UBOTORG> Where is payroll?',
      ts,
      channel: 'C0ORG1',
    });
    await sendEvent(server.url, {
      ...base,
      team_id: 'T0INITECHSALES',
      enterprise_id: 'E0INITECH',
      authorizations: [
        {
          enterprise_id: 'E0INITECH',
          team_id: null,
          user_id: 'UBOTORG',
          is_bot: true,
          is_enterprise_install: true,
        },
      ],
    });
    const answer = await slack.waitFor(() =>
      slack.callsTo('chat.startStream').find((call) => call.args.thread_ts === ts),
    );
    expect(slack.issued.get(answer.token ?? '')?.enterpriseId).toBe('E0INITECH');

    const conversation = await server.store.findConversationByChannelKey(
      'ws_default',
      'demo',
      `slack:T0INITECHSALES:C0ORG1:${ts}`,
    );
    const reply = await fetch(`${server.url}/v1/conversations/${conversation?.id}/replies`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Payroll is in Workday.' }),
    });
    const { data } = (await reply.json()) as { data: { delivery: { status: string } } };
    expect(data.delivery.status).toBe('delivered');
  });
});
