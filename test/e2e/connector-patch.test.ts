// `PATCH /v1/connectors/{id}`: settings change in place; a stored secret never follows a new url unless sent again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTOR_TOKEN, type FakeConnectors, startFakeConnectors } from '../fakes/connector-server.js';
import { type Api, api } from './agents-helpers.js';
import { oauthWiki } from './connector-fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let home: FakeConnectors;
let elsewhere: FakeConnectors;
let client: Api;

beforeAll(async () => {
  [server, home, elsewhere] = await Promise.all([
    startTestServer(),
    startFakeConnectors(),
    startFakeConnectors(),
  ]);
  client = api(server);
});

afterAll(async () => {
  await Promise.all([server?.close(), home?.close(), elsewhere?.close()]);
});

async function tokenConnector(name: string): Promise<string> {
  const created = await client.call('POST', '/v1/connectors', {
    name,
    url: `${home.url}/good`,
    service_auth: { token: CONNECTOR_TOKEN, type: 'bearer' },
  });
  expect(created.status).toBe(201);
  return created.json.data.id;
}

const patch = (id: string, body: unknown) => client.call('PATCH', `/v1/connectors/${id}`, body);
const stored = async (id: string) => (await server.store.getConnector('ws_default', id))!;

describe('PATCH /v1/connectors/{id}', () => {
  it('renames and re-describes without a test query, keeping the stored token', async () => {
    const id = await tokenConnector('Wiki');
    const before = home.requests.length;
    const renamed = await patch(id, {
      name: '  Team wiki ',
      description: 'Internal how-tos',
      excludes: ['internal_notes'],
      continue_on_failure: true,
      active: false,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.data).toMatchObject({
      name: 'Team wiki',
      description: 'Internal how-tos',
      excludes: ['internal_notes'],
      continue_on_failure: true,
      active: false,
      service_auth: { type: 'bearer' },
    });
    expect(home.requests.length).toBe(before);
    expect((await stored(id)).name).toBe('Team wiki');
    const tested = await client.call('POST', `/v1/connectors/${id}/test`);
    expect(tested.json.data.ok).toBe(true);
    expect(home.requests.at(-1)!.headers.authorization).toBe(`Bearer ${CONNECTOR_TOKEN}`);
  });

  it('refuses a new url without the token, naming url and service_auth, and sends nothing there', async () => {
    const id = await tokenConnector('Moving wiki');
    const moved = await patch(id, { url: `${elsewhere.url}/good`, name: 'Moved wiki' });
    expect(moved.status).toBe(400);
    expect(moved.json.code).toBe('invalid_request_error');
    expect(moved.json.message).toMatch(/\burl\b.*\bservice_auth\b/);
    expect(elsewhere.requests).toHaveLength(0);
    expect(await stored(id)).toMatchObject({ url: `${home.url}/good`, name: 'Moving wiki' });
  });

  it('takes a new url with the token: tested there first, then stored', async () => {
    const id = await tokenConnector('Wiki to move');
    const moved = await patch(id, {
      url: `${elsewhere.url}/good`,
      service_auth: { type: 'bearer', token: CONNECTOR_TOKEN },
    });
    expect(moved.status).toBe(200);
    expect(moved.json.data.url).toBe(`${elsewhere.url}/good`);
    expect(elsewhere.requests.at(-1)!.headers.authorization).toBe(`Bearer ${CONNECTOR_TOKEN}`);
    expect((await stored(id)).url).toBe(`${elsewhere.url}/good`);
  });

  it('stores nothing when the new url fails its test', async () => {
    const id = await tokenConnector('Wiki to break');
    const broken = await patch(id, {
      url: `${elsewhere.url}/failing`,
      name: 'Broken',
      service_auth: { type: 'bearer', token: CONNECTOR_TOKEN },
    });
    expect(broken.status).toBe(400);
    expect(broken.json.message).toMatch(/connector test failed/);
    expect(await stored(id)).toMatchObject({ url: `${home.url}/good`, name: 'Wiki to break' });
  });

  it('accepts the same url again without the token', async () => {
    const id = await tokenConnector('Same place');
    const same = await patch(id, { url: `${home.url}/good`, timeout_ms: 4000 });
    expect(same.status).toBe(200);
    expect(same.json.data.timeout_ms).toBe(4000);
  });

  it('moves a connector without a secret freely', async () => {
    const created = await client.call('POST', '/v1/connectors', { name: 'Open', url: `${home.url}/open` });
    const moved = await patch(created.json.data.id, { url: `${elsewhere.url}/open` });
    expect(moved.status).toBe(200);
    expect(elsewhere.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('refuses an OAuth connector a new url without its oauth settings, naming oauth', async () => {
    const created = await client.call('POST', '/v1/connectors', oauthWiki(home.url));
    expect(created.status).toBe(201);
    const moved = await patch(created.json.data.id, { url: `${elsewhere.url}/oauth` });
    expect(moved.status).toBe(400);
    expect(moved.json.message).toMatch(/\burl\b.*\boauth\b/);
  });

  it('names the field of a bad body: unknown, partial auth, out of range, empty name, both auths', async () => {
    const id = await tokenConnector('Strict');
    const cases: [unknown, RegExp][] = [
      [{ adress: 'https://x.example' }, /adress/],
      [{ service_auth: { type: 'basic' } }, /^service_auth\.token: /],
      [{ service_auth: { token: 'x', type: 'digest' } }, /^service_auth\.type: /],
      [{ timeout_ms: 25_000 }, /^timeout_ms: /],
      [{ name: '   ' }, /^name: /],
      [{ url: 'ftp://files.example' }, /^url: /],
      [{ mcp_tool: '' }, /^mcp_tool: /],
      [
        {
          service_auth: { token: 'x' },
          oauth: {
            client_id: 'a',
            client_secret: 'b',
            authorize_url: 'https://a.example',
            token_url: 'https://a.example',
          },
        },
        /^oauth: .*both/,
      ],
    ];
    for (const [body, message] of cases) {
      const refused = await patch(id, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await stored(id)).name).toBe('Strict');
  });

  it('turns an MCP connector back into a plain one with mcp_tool null', async () => {
    const id = await tokenConnector('Plain again');
    const state = await stored(id);
    await server.store.saveConnector({ ...state, mcpTool: 'search' });
    const plain = await patch(id, { mcp_tool: null });
    expect(plain.status).toBe(200);
    expect(plain.json.data.mcp_tool).toBeUndefined();
    expect((await stored(id)).mcpTool ?? null).toBeNull();
  });

  it('answers 404 for a connector that does not exist', async () => {
    const missing = await patch('con_nope', { name: 'x' });
    expect(missing.status).toBe(404);
  });
});
