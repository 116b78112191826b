// Slack request verification: signed requests only, within five minutes; url_verification answered.
import { describe, expect, it } from 'vitest';
import { eventCallback, messageEvent, nextTs, postSigned, sendEvent, sign } from '../fakes/slack-payloads.js';
import { startTestServer } from './harness.js';
import { useSlackServer } from './slack-setup.js';

const running = useSlackServer();

const dm = () =>
  eventCallback(
    messageEvent({ channel: 'D0001', channelType: 'im', user: 'U0001', text: 'hi', ts: nextTs() }),
  );

describe('POST /slack/events verification', () => {
  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await postSigned(running.server.url, body, 'application/json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });

  it('refuses a request signed with another secret, and does not answer it', async () => {
    const before = running.agent.requests.length;
    const response = await sendEvent(running.server.url, dm(), { secret: 'not-the-secret' });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(running.agent.requests.length).toBe(before);
  });

  it('refuses a body changed after signing', async () => {
    const body = JSON.stringify(dm());
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = sign(body, timestamp);
    const response = await postSigned(running.server.url, body.replace('hi', 'ho'), 'application/json', {
      timestamp,
      signature,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a correctly signed request older than five minutes (a replay)', async () => {
    const response = await sendEvent(running.server.url, dm(), {
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect(response.status).toBe(401);
  });

  it('accepts a correctly signed request from four minutes ago', async () => {
    const response = await sendEvent(running.server.url, dm(), {
      timestamp: Math.floor(Date.now() / 1000) - 240,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a request without Slack headers', async () => {
    const response = await fetch(`${running.server.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });
});

describe('Slack without credentials', () => {
  it('has no /slack/events route', async () => {
    const server = await startTestServer();
    try {
      const response = await postSigned(server.url, JSON.stringify(dm()), 'application/json');
      expect(response.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
