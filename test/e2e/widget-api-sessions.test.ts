// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// The widget API over HTTP against the real server: sessions, origins and identity.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SECRET, SITE, server, session, widget } from './widget-api-kit.js';

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
