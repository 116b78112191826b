// Socket Mode: with SLACK_APP_TOKEN and no public URL, Slack's events reach the same listeners over a
// WebSocket the server opens, with the same dedupe, and get answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, eventCallback, mentionEvents, nextTs, postSigned } from '../fakes/slack-payloads.js';
import { type FakeSocketMode, startFakeSocketMode } from '../fakes/slack-socket-mode.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';
import { inThread, scriptedSlackAgent, settle } from './slack-setup.js';

const APP_TOKEN = 'xapp-1-A0FRONTDESK-test';

let socket: FakeSocketMode;
let slack: FakeSlackWebApi;
let server: TestServer;
const agent = scriptedSlackAgent();

beforeAll(async () => {
  socket = await startFakeSocketMode();
  slack = await startFakeSlackWebApi({ token: BOT_TOKEN, socket: { appToken: APP_TOKEN, url: socket.url } });
  server = await startTestServer({
    env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl },
    agentFor: () => agent,
  });
  await socket.connected();
});
afterAll(async () => {
  await server?.close();
  await socket?.close();
  await slack?.close();
});

describe('Slack in Socket Mode', () => {
  it('opens the socket with the app-level token', () => {
    const open = slack.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.token).toBe(APP_TOKEN);
  });

  it('acknowledges a mention at once and answers it in the thread, once however often it is sent', async () => {
    const root = nextTs();
    const envelope = eventCallback(
      mentionEvents({ channel: 'C0SOCKET', user: 'U0SOCK', text: 'How do I reset my password?', ts: root })
        .mention,
    );
    const started = Date.now();
    const ack = await socket.push('events_api', envelope);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ack.envelope_id).toMatch(/^env-/);
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
    expect(agent.requests.at(-1)?.text).toBe('How do I reset my password?');

    // Slack re-sends an envelope it thinks was lost: same event id, no second answer.
    await socket.push('events_api', envelope);
    await settle();
    expect(slack.callsTo('chat.startStream').filter(inThread(root))).toHaveLength(1);
  });

  it('answers the slash command through its response URL', async () => {
    const ack = await socket.push('slash_commands', {
      command: '/frontdesk',
      text: 'Where do I change billing?',
      team_id: 'T0001',
      channel_id: 'C0SOCKET',
      user_id: 'U0SOCK',
      trigger_id: `trigger-${nextTs()}`,
      response_url: `${slack.responseUrl}socket-command`,
    });
    expect(ack.envelope_id).toMatch(/^env-/);
    const reply = await slack.waitFor(() => slack.responses.find((response) => response.response_type));
    expect(JSON.stringify(reply)).toContain('Reset');
  });

  it('has no HTTP endpoint to speak of: without a signing secret every POST is refused', async () => {
    const response = await postSigned(
      server.url,
      JSON.stringify(eventCallback({ type: 'app_mention' })),
      'application/json',
    );
    expect(response.status).toBe(401);
  });
});
