// An MCP server's tools offered to the openai agent, allow-listed per bot: the model sees only the
// allowed tools, its calls reach the MCP server through the connector, the answer goes back to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMcp, startFakeMcp } from '../fakes/mcp-server.js';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { type Api, api } from './agents-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let openai: FakeOpenAi;
let mcp: FakeMcp;
let client: Api;
let connectorId: string;

interface Message {
  role: string;
  content: string | null;
}

beforeAll(async () => {
  mcp = await startFakeMcp();
  openai = await startFakeOpenAi((body) => {
    const messages = body.messages as Message[];
    const last = messages.at(-1) as Message;
    if (last.role === 'tool') return { text: `Here is what I found: ${last.content}` };
    if (/where is my order/i.test(last.content ?? ''))
      return { toolCalls: [{ name: 'order_status', arguments: { orderId: 'A-1001' } }] };
    if (/delete me/i.test(last.content ?? ''))
      return { toolCalls: [{ name: 'delete_account', arguments: { email: 'ada@example.com' } }] };
    return { text: 'Hello.' };
  });
  server = await startTestServer();
  client = api(server);
  const integration = await client.call('POST', '/v1/integrations', {
    kind: 'openai',
    environment: 'production',
    data: { baseUrl: `${openai.url}/v1` },
    secret: FAKE_OPENAI_KEY,
  });
  expect(integration.status).toBe(201);
  const connector = await client.call('POST', '/v1/connectors', {
    name: 'Shop',
    url: mcp.url,
    mcp_tool: 'search',
    service_auth: { token: 'shop-mcp-token', type: 'bearer' },
  });
  expect(connector.status).toBe(201);
  connectorId = connector.json.data.id;
});

afterAll(async () => {
  await server?.close();
  await openai?.close();
  await mcp?.close();
});

const ask = async (text: string) => {
  const reply = await client.call('POST', '/v1/bots/demo/message', { message: { text } });
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return reply.json.data.answers as string;
};

describe('MCP tools for the openai agent', () => {
  it('refuses an allow-list naming a connector that is not an MCP server of the workspace', async () => {
    const response = await client.call('PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      model: 'gpt-test',
      mcpTools: [{ connectorId: 'con_missing', tools: ['order_status'] }],
    });
    expect(response.status).toBe(400);
    expect(response.json.message).toContain('mcpTools.0.connectorId');
    const empty = await client.call('PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      model: 'gpt-test',
      mcpTools: [{ connectorId, tools: [] }],
    });
    expect(empty.status).toBe(400);
    expect(empty.json.message).toContain('mcpTools');
  });

  it('offers only the allowed tools, calls them on the MCP server with the connector token, and answers with the result', async () => {
    const put = await client.call('PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      model: 'gpt-test',
      mcpTools: [{ connectorId, tools: ['order_status', 'no_such_tool'] }],
    });
    expect(put.status, JSON.stringify(put.json)).toBe(200);

    const answer = await ask('Where is my order A-1001?');
    expect(answer).toContain('Order A-1001 shipped on 2 December with DHL.');
    expect(mcp.toolCalls).toEqual([{ name: 'order_status', arguments: { orderId: 'A-1001' } }]);
    expect(mcp.authorizations.at(-1)).toBe('Bearer shop-mcp-token');

    const offered = (openai.completions().at(-2)?.tools ?? []) as {
      function: { name: string; parameters: unknown };
    }[];
    const names = offered.map((tool) => tool.function.name);
    expect(names).toContain('order_status');
    expect(names).not.toContain('delete_account');
    expect(names).not.toContain('no_such_tool');
    const orderStatus = offered.find((tool) => tool.function.name === 'order_status');
    expect(orderStatus?.function.parameters).toMatchObject({ properties: { orderId: { type: 'string' } } });
  });

  it('never calls a tool the bot does not allow, even when the model asks for it', async () => {
    const before = mcp.toolCalls.length;
    const answer = await ask('Please delete me');
    expect(answer).toContain('There is no tool called delete_account');
    expect(mcp.toolCalls.slice(before)).toEqual([]);
  });

  it('lists the tools once for several messages, and again when the connector changes', async () => {
    const lists = () => mcp.methods.filter((method) => method === 'tools/list').length;
    const before = lists();
    await ask('Where is my order A-1001?');
    await ask('Where is my order A-1001?');
    expect(lists()).toBe(before);
    const patched = await client.call('PATCH', `/v1/connectors/${connectorId}`, { name: 'Shop (EU)' });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    await ask('Where is my order A-1001?');
    expect(lists()).toBe(before + 1);
  });
});
