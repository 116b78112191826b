// The widget API's trust decisions: canonical visitor tokens, no Host-header origin, identity.required at once.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function openSession(origin = server.url): Promise<string> {
  const response = await fetch(`${server.url}/widget/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ botId: 'demo' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { visitorToken: string } }).data.visitorToken;
}

const listConversations = (token: string) =>
  fetch(`${server.url}/widget/v1/conversations`, {
    headers: { Authorization: `Bearer ${token}`, Origin: server.url },
  });

describe('widget trust', () => {
  it('accepts only the exact token it signed, not other spellings of it', async () => {
    const token = await openSession();
    expect((await listConversations(token)).status).toBe(200);
    const [version, body, signature] = token.split('.') as [string, string, string];
    for (const variant of [
      `${token}.extra`,
      `${version}.${body}.${signature}=`,
      `${version}.${body}=.${signature}`,
      `${version}.${body}.${signature}!`,
    ]) {
      const response = await listConversations(variant);
      expect(response.status, variant).toBe(401);
      expect(await response.json()).toMatchObject({ success: false, code: 'authentication_error' });
    }
  });

  it('does not take an Origin for its own because the Host header names the same host', async () => {
    // node:http, because fetch does not let a caller set Host.
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        `${server.url}/widget/v1/sessions`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Origin: 'http://evil.example',
            Host: 'evil.example',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ botId: 'demo' }));
    });
    expect(status).toBe(403);
  });

  it('ends anonymous visitor tokens as soon as identity verification is required', async () => {
    const token = await openSession();
    expect((await listConversations(token)).status).toBe(200);
    const demo = await server.store.getBot('ws_default', 'demo');
    await server.saveBot({
      id: 'demo',
      settings: {
        ...demo!.settings,
        widget: {
          ...demo!.settings.widget,
          identity: { secret: 'identity-secret-0123456789', required: true },
        },
      },
    });
    const refused = await listConversations(token);
    expect(refused.status).toBe(401);
    await server.saveBot({ id: 'demo', settings: demo!.settings });
  });

  it("refuses the server's own origin for another workspace's bot that does not list it", async () => {
    const owner = await server.token({ workspaceId: 'ws_tenant', role: 'owner' });
    const created = await fetch(`${server.url}/v1/bots`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'tenant-bot',
        name: 'Tenant',
        agent: { kind: 'embedded', knowledgeDir: 'help' },
      }),
    });
    expect(created.status).toBe(201);
    const response = await fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ botId: 'tenant-bot', workspaceId: 'ws_tenant' }),
    });
    expect(response.status).toBe(403);
  });
});
