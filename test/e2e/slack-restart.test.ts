// Dedupe markers live in the store: a retry that arrives after a restart is still not answered twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@frontdesk/server';
import { loadSettings } from '@frontdesk/services';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BOT_TOKEN,
  eventCallback,
  mentionEvents,
  nextTs,
  sendEvent,
  slackEnv,
} from '../fakes/slack-payloads.js';
import { startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { OWNER_TOKEN } from './harness.js';
import { scriptedSlackAgent } from './slack-setup.js';

const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-slack-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start(apiUrl: string, agent: ReturnType<typeof scriptedSlackAgent>) {
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: dataDir,
    FRONTDESK_BOOTSTRAP_TOKEN: OWNER_TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
    ...slackEnv(apiUrl),
  });
  return startServer(
    { ...settings, port: 0 },
    { handleSignals: false, logger: pino({ level: 'silent' }), agentFor: () => agent },
  );
}

describe('Slack dedupe across a restart', () => {
  it('answers a mention once even when its retries arrive after the server restarted', async () => {
    const slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
    const agent = scriptedSlackAgent();
    const ts = nextTs();
    const { mention, message } = mentionEvents({
      channel: 'C0400',
      user: 'U0400',
      text: 'Is the API down?',
      ts,
    });
    const envelope = eventCallback(mention);
    try {
      const first = await start(slack.apiUrl, agent);
      await sendEvent(first.url, envelope);
      await slack.waitFor(() => slack.callsTo('chat.stopStream').length === 1);
      await first.close();

      const second = await start(slack.apiUrl, agent);
      await sendEvent(second.url, envelope, { retryNum: 3 });
      await sendEvent(second.url, eventCallback(message));
      await second.close(); // waits for the work those requests started
      expect(agent.requests).toHaveLength(1);
      expect(slack.callsTo('chat.startStream')).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });
});
