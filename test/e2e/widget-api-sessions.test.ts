// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// The widget API over HTTP against the real server: sessions, origins and identity.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

const SITE = 'https://shop.example.com';
const SECRET = 'identity-secret-0123456789';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const demo = await server.store.getBot('ws_default', 'demo');
  await server.saveBot({
    id: 'demo',
    settings: { ...demo!.settings, widget: { ...demo!.settings.widget, allowedOrigins: [SITE] } },
  });
  await server.saveBot({
    id: 'verified',
    name: 'Verified',
    settings: {
      ...demo!.settings,
      widget: {
        ...demo!.settings.widget,
        allowedOrigins: [SITE],
        identity: { secret: SECRET, required: true },
      },
    },
  });
});

afterAll(() => server.close());

function widget(path: string, init: RequestInit & { token?: string; origin?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: init.origin ?? SITE };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  return fetch(`${server.url}/widget/v1${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as object) },
  });
}

async function session(body: object = { botId: 'demo' }, origin = SITE) {
  const response = await widget('/sessions', { method: 'POST', body: JSON.stringify(body), origin });
  return { response, json: (await response.json()) as any };
}

describe('widget sessions', () => {
  it('opens a session for an allowed origin, with CORS for exactly that origin', async () => {
    const { response, json } = await session();
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(json.data.visitorToken).toMatch(/^wv1\./);
    expect(json.data.settings).toMatchObject({ botName: 'Demo bot', position: 'right' });
    expect(JSON.stringify(json.data.settings)).not.toContain('secret');
  });

  it('refuses an origin the bot does not allow, and its preflight', async () => {
    const { response, json } = await session({ botId: 'demo' }, 'https://evil.example.net');
    expect(response.status).toBe(403);
    expect(json.code).toBe('permission_error');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/widget/v1/messages`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.net', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const allowed = await fetch(`${server.url}/widget/v1/messages`, {
      method: 'OPTIONS',
      headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it("allows the server's own origin for the demo bot", async () => {
    const { response } = await session({ botId: 'demo' }, server.url);
    expect(response.status).toBe(201);
  });

  it('refuses a missing or forged userHash when identity verification is required', async () => {
    const anonymous = await session({ botId: 'verified' });
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.json.code).toBe('authentication_error');
    expect(anonymous.json.message).toContain('userHash');
    const forged = await session({ botId: 'verified', user: { userId: 'u-1', userHash: 'ab'.repeat(32) } });
    expect(forged.response.status).toBe(401);
    const otherUsersHash = createHmac('sha256', SECRET).update('u-2').digest('hex');
    const swapped = await session({ botId: 'verified', user: { userId: 'u-1', userHash: otherUsersHash } });
    expect(swapped.response.status).toBe(401);
    const userHash = createHmac('sha256', SECRET).update('u-1').digest('hex');
    const valid = await session({ botId: 'verified', user: { userId: 'u-1', name: 'Ada', userHash } });
    expect(valid.response.status).toBe(201);
    const again = await session({ botId: 'verified', user: { userId: 'u-1', userHash } });
    expect(again.json.data.visitorId).toBe(valid.json.data.visitorId);
  });

  it('refuses a tampered visitor token', async () => {
    const { json } = await session();
    const token = json.data.visitorToken as string;
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}A`;
    const response = await widget('/conversations', { token: tampered });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
  });
});
