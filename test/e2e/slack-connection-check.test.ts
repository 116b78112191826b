// The Test button's API for Slack: `POST /v1/slack/connections/{id}/test` runs Slack's auth.test with that
// installation's own token (the fake Web API answers), says Slack's refusal, and hides other workspaces'.
import { describe, expect, it } from 'vitest';
import { install, useInstallServer } from './slack-install-setup.js';

const running = useInstallServer();

async function check(connectionId: string, token: string, body?: string) {
  const response = await fetch(`${running.server.url}/v1/slack/connections/${connectionId}/test`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  return {
    status: response.status,
    json: (await response.json()) as { data: { ok: boolean; message: string; checkedAt: string } },
  };
}

describe('POST /v1/slack/connections/{id}/test', () => {
  it("answers who the bot is in the installation's Slack team, then Slack's refusal once the token is revoked", async () => {
    const { server, slack } = running;
    expect((await install(running, '/slack/install', 'code-acme')).status).toBe(200);
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const owner = await server.token({ workspaceId: 'ws_default', role: 'owner' });

    const passed = await check(acme?.id ?? '', owner, '{}');
    expect(passed.status).toBe(200);
    expect(passed.json.data).toMatchObject({ ok: true, message: 'Connected to Acme as frontdesk' });
    expect(Date.parse(passed.json.data.checkedAt)).not.toBeNaN();
    const call = slack.callsTo('auth.test').at(-1);
    expect(slack.issued.get(call?.token ?? '')?.teamId).toBe('T0ACME');

    slack.issued.delete(call?.token ?? '');
    const refused = await check(acme?.id ?? '', owner);
    expect(refused.status).toBe(200);
    expect(refused.json.data).toMatchObject({ ok: false, message: 'invalid_auth' });
  });

  it("is 404 for another workspace's connection and 400 for an unknown body field", async () => {
    const { server, hrToken } = running;
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    const other = await check(acme?.id ?? '', hrToken);
    expect(other.status).toBe(404);
    // Unknown there whatever the body says: 404 before the body is read.
    expect((await check(acme?.id ?? '', hrToken, '{"deep":true}')).status).toBe(404);
    const owner = await server.token({ workspaceId: 'ws_default', role: 'owner' });
    const bad = await check(acme?.id ?? '', owner, '{"deep":true}');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('deep');
  });
});
