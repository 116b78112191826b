// A real server with Slack (pointed at the fake Web API) and the Teams emulator on (replying to the
// fake Bot Connector), for the tests that go through every channel.
import type { AgentClient, Bot } from '@frontdesk/core';
import { afterAll, beforeAll } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { BOT_TOKEN, slackEnv } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';

export interface ChannelsTestServer {
  server: TestServer;
  slack: FakeSlackWebApi;
  connector: FakeBotConnector;
}

/**
 * Starts the fakes and the server, whose bots answer with `agentFor`, before the tests and closes
 * them after. The fields are set in `beforeAll`, so read them (or destructure them) inside tests only.
 */
export function useChannelsServer(agentFor: (bot: Bot) => AgentClient): ChannelsTestServer {
  const running = {} as ChannelsTestServer;
  beforeAll(async () => {
    running.slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
    running.connector = await startFakeBotConnector();
    running.server = await startTestServer({
      env: { ...slackEnv(running.slack.apiUrl), FRONTDESK_TEAMS_EMULATOR: '1' },
      agentFor,
    });
  });
  afterAll(async () => {
    await running.server?.close();
    await running.slack?.close();
    await running.connector?.close();
  });
  return running;
}
