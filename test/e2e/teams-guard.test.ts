// What Teams refuses before the SDK runs: everything without an app id or registration, spoofed service URLs, junk, bots, unknown invokes.
import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness.js';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

describe('Teams without an app id', () => {
  it('refuses every activity (401) when no app id is registered and the Emulator mode is off', async () => {
    const agent = scriptedAgent();
    const server = await startTestServer({ agentFor: () => agent });
    try {
      const response = await postActivity(
        server.url,
        activity('personal-message', { serviceUrl: 'http://127.0.0.1:9' }),
      );
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ success: false, code: 'authentication_error' });
      expect(agent.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('the Teams emulator mode', () => {
  const agent = scriptedAgent();

  const teams = useTeamsServer(agent);

  it('judges the service URL by where it resolves, not by how it starts', async () => {
    const { server, connector } = teams;
    for (const serviceUrl of [
      'http://127.0.0.1.attacker.invalid/',
      'http://169.254.169.254/',
      'http://10.0.0.1/',
    ]) {
      const response = await postActivity(server.url, activity('personal-message', { serviceUrl }));
      expect(response.status, serviceUrl).toBe(401);
      expect(await response.json()).toMatchObject({ success: false, code: 'authentication_error' });
    }
    expect(connector.sent).toHaveLength(0);
  });

  it('answers junk activities with a 400 envelope, never a 500', async () => {
    const { server, connector } = teams;
    for (const body of [{}, { type: 'message' }, { type: 5, serviceUrl: connector.url }, []]) {
      const response = await postActivity(server.url, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ success: false, code: 'invalid_request_error' });
    }
  });

  it('answers an unknown invoke in words instead of an empty 501', async () => {
    const { server, connector } = teams;
    const invoke = activity(
      'card-action-invoke',
      { serviceUrl: connector.url },
      { name: 'signin/unknownThing' },
    );
    const response = await postActivity(server.url, invoke);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      success: false,
      message: expect.stringContaining('signin/unknownThing'),
    });
  });

  it('ignores messages sent by bots', async () => {
    const { server, connector } = teams;
    const before = agent.requests.length;
    const fromBot = activity('personal-message', { serviceUrl: connector.url });
    const response = await postActivity(server.url, {
      ...fromBot,
      id: 'bot-1',
      from: { ...(fromBot.from as object), role: 'bot' },
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(agent.requests.length).toBe(before);
  });
});
