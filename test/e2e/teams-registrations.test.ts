// Several Teams registrations: a workspace registers its own Microsoft app id for one of its bots;
// activities naming that app id are checked against it, never let through anonymously.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { startTestServer, type TestServer } from './harness.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

const HR_APP = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';
const SECRET = 'hr-app-client-secret-value';

let server: TestServer;
let connector: FakeBotConnector;
let hrToken: string;
const agent = scriptedAgent();

beforeAll(async () => {
  connector = await startFakeBotConnector();
  server = await startTestServer({ env: { FRONTDESK_TEAMS_EMULATOR: '1' }, agentFor: () => agent });
  hrToken = await server.token({ workspaceId: 'ws_hr', role: 'owner' });
  const demo = await server.store.getBot('ws_default', 'demo');
  if (demo) {
    await server.store.saveBot({ ...demo, workspaceId: 'ws_hr', id: 'hr', name: 'HR' });
    await server.store.saveBot({ ...demo, id: 'it', name: 'IT' });
  }
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});

function call(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A token naming `aud`, signed by nobody Microsoft knows. */
function forgedToken(aud: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part({ aud, iss: 'https://api.botframework.com', exp: Math.floor(Date.now() / 1000) + 600 })}.c2lnbmF0dXJl`;
}

describe('Teams registrations', () => {
  it('registers an app id for a bot of the workspace, keeping the secret sealed and unshown', async () => {
    const response = await call('PUT', `/v1/teams/registrations/${HR_APP}`, hrToken, {
      botId: 'hr',
      password: SECRET,
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(JSON.parse(body).data).toMatchObject({ appId: HR_APP, botId: 'hr', hasSecret: true });
    const stored = await server.store.getTeamsRegistration(HR_APP);
    expect(stored).toMatchObject({ workspaceId: 'ws_hr', botId: 'hr' });
    expect(stored?.secret).not.toContain(SECRET);
    const listed = await (await call('GET', '/v1/teams/registrations', hrToken)).text();
    expect(listed).toContain(HR_APP);
    expect(listed).not.toContain(SECRET);
    // Another workspace sees none of it: the default one sees only this server's own connection.
    const others = (await (await call('GET', '/v1/teams/registrations', await server.token({}))).json()).data;
    expect(others).toEqual([
      expect.objectContaining({ connectionId: 'teams:env', kind: 'environment', appId: null, routes: [] }),
    ]);
  });

  it('serves the privacy and terms pages the app package names', async () => {
    for (const [path, heading] of [
      ['/privacy', 'What it keeps'],
      ['/terms', 'Terms of use'],
    ]) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain(heading);
      expect(html).toContain(new URL(server.url).host);
    }
  });

  it('describes its routes in /openapi.json', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths['/v1/teams/registrations/{appId}'] ?? {}).sort()).toEqual([
      'delete',
      'put',
    ]);
    expect(document.paths['/v1/teams/registrations']?.get).toBeDefined();
  });

  it('refuses an app id of another workspace, an unknown bot and a malformed app id, naming the field', async () => {
    const other = await call('PUT', `/v1/teams/registrations/${HR_APP}`, await server.token({}), {
      botId: 'demo',
    });
    expect(other.status).toBe(409);
    const unknownBot = await call('PUT', `/v1/teams/registrations/${HR_APP}`, hrToken, { botId: 'nope' });
    expect(unknownBot.status).toBe(400);
    expect((await unknownBot.json()).message).toMatch(/^botId:/);
    const malformed = await call('PUT', '/v1/teams/registrations/not-an-app-id', hrToken, { botId: 'hr' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/^appId:/);
  });

  it('checks an activity for the registered app against that app, and refuses unknown app ids', async () => {
    const hello = activity('personal-message', { serviceUrl: connector.url }, { id: 'reg-1' });
    const forged = await postActivity(server.url, hello, { Authorization: `Bearer ${forgedToken(HR_APP)}` });
    expect(forged.status).toBe(401);
    expect((await forged.json()).message).toBe('A valid Bot Framework token is required.');
    const stranger = await postActivity(server.url, hello, {
      Authorization: `Bearer ${forgedToken('0b7e6c7d-0000-4000-8000-000000000000')}`,
    });
    expect(stranger.status).toBe(401);
    expect((await stranger.json()).message).toBe('This Microsoft app id is not registered here.');
  });

  it('never lets an anonymous (Emulator) activity through to a registered app', async () => {
    const toHr = activity(
      'personal-message',
      { serviceUrl: connector.url },
      { id: 'reg-2', recipient: { id: `28:${HR_APP}`, name: 'HR' } },
    );
    expect((await postActivity(server.url, toHr)).status).toBe(401);
    expect(connector.ofType('message')).toHaveLength(0);

    expect((await call('DELETE', `/v1/teams/registrations/${HR_APP}`, hrToken)).status).toBe(200);
    expect(await server.store.getTeamsRegistration(HR_APP)).toBeUndefined();
    expect((await call('DELETE', `/v1/teams/registrations/${HR_APP}`, hrToken)).status).toBe(404);
    // Unregistered again, the Emulator's activity is the default bot's, as before.
    expect((await postActivity(server.url, { ...toHr, id: 'reg-3' })).status).toBe(200);
    await connector.waitFor(() => connector.ofType('message')[0]);
  });
});

describe('Teams channel routing', () => {
  const channelPath = (channelId: string) =>
    `/v1/teams/connections/teams:env/channels/${encodeURIComponent(channelId)}`;

  it('answers a routed channel with its bot, and other places with the default', async () => {
    const owner = await server.token({});
    const routed = await call('PUT', channelPath('19:channel0001@thread.tacv2'), owner, { botId: 'it' });
    expect(routed.status).toBe(200);
    await postActivity(
      server.url,
      activity('channel-mention', { serviceUrl: connector.url }, { id: 'route-1' }),
    );
    await connector.waitFor(() => agent.requests.find((request) => request.botId === 'it'));
    expect(agent.requests.at(-1)?.botId).toBe('it');
    await postActivity(
      server.url,
      activity('group-chat-message', { serviceUrl: connector.url }, { id: 'route-2' }),
    );
    await connector.waitFor(() => agent.requests.at(-1)?.botId === 'demo');
  });

  it('lists the routes of each connection with their bot, and removes one (DELETE)', async () => {
    const owner = await server.token({});
    await call('PUT', channelPath('19:channel0003@thread.tacv2'), owner, { botId: 'it' });
    type Listed = { connectionId: string; routes: { channelId: string; botId: string }[] }[];
    const listed = async () =>
      ((await (await call('GET', '/v1/teams/registrations', owner)).json()) as { data: Listed }).data;
    expect((await listed()).find((entry) => entry.connectionId === 'teams:env')?.routes).toEqual([
      { channelId: '19:channel0001@thread.tacv2', botId: 'it' },
      { channelId: '19:channel0003@thread.tacv2', botId: 'it' },
    ]);
    // Only the workspace's own routes can be removed; a second removal is a 404.
    expect((await call('DELETE', channelPath('19:channel0003@thread.tacv2'), hrToken)).status).toBe(404);
    expect((await call('DELETE', channelPath('19:channel0003@thread.tacv2'), owner)).status).toBe(200);
    expect((await call('DELETE', channelPath('19:channel0003@thread.tacv2'), owner)).status).toBe(404);
    expect((await listed()).find((entry) => entry.connectionId === 'teams:env')?.routes).toEqual([
      { channelId: '19:channel0001@thread.tacv2', botId: 'it' },
    ]);
  });

  it('answers a channel whose route was removed with the default bot again', async () => {
    const owner = await server.token({});
    expect((await call('DELETE', channelPath('19:channel0001@thread.tacv2'), owner)).status).toBe(200);
    const before = agent.requests.length;
    await postActivity(
      server.url,
      activity('channel-mention', { serviceUrl: connector.url }, { id: 'route-3' }),
    );
    await connector.waitFor(() => agent.requests.length > before);
    expect(agent.requests.at(-1)?.botId).toBe('demo');
  });

  it("refuses a connection of another workspace, and a bot that isn't the workspace's", async () => {
    expect(
      (await call('PUT', channelPath('19:channel0002@thread.tacv2'), hrToken, { botId: 'hr' })).status,
    ).toBe(404);
    const foreignBot = await call('PUT', channelPath('19:channel0002@thread.tacv2'), await server.token({}), {
      botId: 'hr',
    });
    expect(foreignBot.status).toBe(400);
    expect((await foreignBot.json()).message).toMatch(/^botId:/);
  });
});
