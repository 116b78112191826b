// SLACK_BOT_TOKEN beside "Add to Slack": the token stays the default workspace's connection for its own
// Slack team; other Slack teams are answered only once they installed the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, eventCallback, nextTs, sendEvent, slackEnv } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';
import { scriptedSlackAgent, settle } from './slack-setup.js';

let slack: FakeSlackWebApi;
let server: TestServer;
const agent = scriptedSlackAgent();

beforeAll(async () => {
  slack = await startFakeSlackWebApi({ token: BOT_TOKEN, clientId: '1.2', clientSecret: 'secret-for-tests' });
  server = await startTestServer({
    env: {
      ...slackEnv(slack.apiUrl),
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'secret-for-tests',
    },
    agentFor: () => agent,
  });
});
afterAll(async () => {
  await server?.close();
  await slack?.close();
});

function mentionFrom(team: string, channel: string) {
  const ts = nextTs();
  const event = { type: 'app_mention', user: 'U0ENV', text: '<@UBOT0001> Hello?', ts, channel };
  return {
    ts,
    envelope: {
      ...eventCallback(event),
      team_id: team,
      authorizations: [{ team_id: team, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    },
  };
}

describe('SLACK_BOT_TOKEN with Add to Slack', () => {
  it("answers the token's own team with the token, as the default workspace", async () => {
    const { ts, envelope } = mentionFrom('T0001', 'C0ENV1');
    await sendEvent(server.url, envelope);
    const answer = await slack.waitFor(() =>
      slack.callsTo('chat.startStream').find((call) => call.args.thread_ts === ts),
    );
    expect(answer.token).toBe(BOT_TOKEN);
    expect(
      await server.store.findConversationByChannelKey('ws_default', 'demo', `slack:T0001:C0ENV1:${ts}`),
    ).toBeDefined();
  });

  it('describes the install and connection routes in /openapi.json', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const path of ['/slack/install', '/slack/oauth_redirect', '/v1/slack/connections']) {
      expect(document.paths[path]?.get, path).toBeDefined();
    }
    expect(document.paths['/v1/slack/install-links']?.post).toBeDefined();
    expect(document.paths['/v1/slack/connections/{connectionId}/channels/{channelId}']?.put).toBeDefined();
  });

  it('does not answer a team that has not installed the app', async () => {
    const { ts, envelope } = mentionFrom('T0STRANGER', 'C0ENV2');
    await sendEvent(server.url, envelope);
    await settle();
    expect(slack.callsTo('chat.startStream').find((call) => call.args.thread_ts === ts)).toBeUndefined();
  });
});
