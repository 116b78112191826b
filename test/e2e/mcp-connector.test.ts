// An MCP server as a knowledge connector, end to end: created through /v1/connectors, stored, probed over MCP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMcp, startFakeMcp } from '../fakes/mcp-server.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let mcp: FakeMcp;

beforeAll(async () => {
  mcp = await startFakeMcp();
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await mcp?.close();
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('/v1/connectors with mcp_tool', () => {
  it('keeps an MCP connector, probes it through the tool, and shows it', async () => {
    const created = await call('POST', '/v1/connectors', {
      name: 'Travel docs',
      url: mcp.url,
      mcp_tool: 'search',
      service_auth: { token: 'mcp-secret-token', type: 'bearer' },
    });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; mcp_tool: string } };
    expect(data.mcp_tool).toBe('search');
    expect(mcp.queries.length).toBeGreaterThan(0);
    expect(mcp.authorizations).toContain('Bearer mcp-secret-token');

    const read = (await (await call('GET', `/v1/connectors/${data.id}`)).json()) as {
      data: { mcp_tool?: string };
    };
    expect(read.data.mcp_tool).toBe('search');
    const stored = await server.store.getConnector('ws_default', data.id);
    expect(stored?.mcpTool).toBe('search');
  });

  it('refuses an MCP connector whose server cannot be reached', async () => {
    const response = await call('POST', '/v1/connectors', {
      name: 'Gone',
      url: 'http://127.0.0.1:9/mcp',
      mcp_tool: 'search',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await response.json())).toContain('Gone');
  });
});
