// A real server with the Teams emulator on (no Microsoft sign-in), and the fake Bot Connector it replies to.
import type { AgentClient } from '@frontdesk/core';
import { afterAll, beforeAll } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { startTestServer, type TestServer } from './harness.js';
import { scriptedAgent } from './teams-setup.js';

export interface TeamsTestServer {
  server: TestServer;
  connector: FakeBotConnector;
}

/**
 * Starts the fake Bot Connector and a server whose bots answer with `agent` (a fresh scripted agent
 * for each bot by default) before the tests, and closes both after them. The fields are set in
 * `beforeAll`, so read them (or destructure them) inside tests only.
 */
export function useTeamsServer(agent?: AgentClient): TeamsTestServer {
  const running = {} as TeamsTestServer;
  beforeAll(async () => {
    running.connector = await startFakeBotConnector();
    running.server = await startTestServer({
      env: { FRONTDESK_TEAMS_EMULATOR: '1' },
      agentFor: () => agent ?? scriptedAgent(),
    });
  });
  afterAll(async () => {
    await running.server?.close();
    await running.connector?.close();
  });
  return running;
}
