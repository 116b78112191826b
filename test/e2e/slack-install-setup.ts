// Shared by the "Add to Slack" suites: a server with Slack OAuth against the fake Web API, a second
// Frontdesk workspace with its own bot, and helpers to install, mention and ask.
import { botSettingsSchema } from '@frontdesk/core';
import { afterAll, beforeAll, expect } from 'vitest';
import { eventCallback, nextTs, SIGNING_SECRET, sendEvent } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, type SlackCall, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';
import { scriptedSlackAgent } from './slack-setup.js';

const CLIENT = { clientId: '1234.5678', clientSecret: 'client-secret-for-tests' };

export interface InstallServer {
  slack: FakeSlackWebApi;
  server: TestServer;
  agent: ReturnType<typeof scriptedSlackAgent>;
  /** An owner token of the second workspace, `ws_hr` (bot `hr`); `ws_default` has bots `demo` and `it`. */
  hrToken: string;
}

/** Starts the fakes and the server before the file's tests; the returned object fills in then. */
export function useInstallServer(): InstallServer {
  const running = {} as InstallServer;
  beforeAll(async () => {
    running.slack = await startFakeSlackWebApi({ token: 'xoxb-unused', ...CLIENT });
    running.slack.teams.push(
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
    running.agent = scriptedSlackAgent();
    running.server = await startTestServer({
      env: {
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_CLIENT_ID: CLIENT.clientId,
        SLACK_CLIENT_SECRET: CLIENT.clientSecret,
        SLACK_API_URL: running.slack.apiUrl,
      },
      agentFor: () => running.agent,
    });
    running.hrToken = await running.server.token({ workspaceId: 'ws_hr', role: 'owner' });
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
    await running.server.store.saveBot(bot('ws_hr', 'hr'));
    await running.server.store.saveBot(bot('ws_default', 'it'));
  });
  afterAll(async () => {
    await running.server?.close();
    await running.slack?.close();
  });
  return running;
}

/** Opens the install page, then comes back from Slack with `code`; returns the redirect's response. */
export async function install(
  running: InstallServer,
  installPath: string,
  code: string,
  cookieOverride?: string,
): Promise<Response> {
  const page = await fetch(new URL(installPath, running.server.url));
  expect(page.status).toBe(200);
  const href = /<a href="([^"]+)"/.exec(await page.text())?.[1]?.replaceAll('&amp;', '&') ?? '';
  const state = new URL(href).searchParams.get('state') ?? '';
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return fetch(`${running.server.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { Cookie: cookieOverride ?? cookie },
  });
}

/** An `app_mention` of the bot in `team`'s installation. */
export function mention(team: string, channel: string, text: string, botUser: string) {
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

/** Mentions the bot and resolves with the start of its answer. */
export async function ask(
  running: InstallServer,
  team: string,
  channel: string,
  text: string,
  botUser: string,
): Promise<SlackCall> {
  const { ts, envelope } = mention(team, channel, text, botUser);
  await sendEvent(running.server.url, envelope);
  return running.slack.waitFor(() =>
    running.slack
      .callsTo('chat.startStream')
      .find((call) => call.args.thread_ts === ts && call.args.channel === channel),
  );
}

/** Polls until `check` holds (at most 2.5 s). */
export async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 50 && !(await check()); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
