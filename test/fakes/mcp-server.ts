// A fake MCP server (the official SDK's server, Streamable HTTP, stateless) with a `search` tool over
// a few documents, and two action tools (`order_status`, `delete_account`); records the queries,
// the tool calls and the Authorization headers it saw.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const DOCUMENTS = [
  {
    title: 'Mileage allowance',
    uri: 'https://docs.example/mileage',
    text: 'Mileage is reimbursed at 0.30 per km for business trips.',
  },
  {
    title: 'Per diem rates',
    uri: 'https://docs.example/per-diem',
    text: 'Per diem for a full travel day is 28 euros.',
  },
];

export interface FakeResource {
  uri: string;
  title: string;
  mimeType: string;
  text: string;
}

/** The resources every fake starts with: markdown, HTML, and an image that is not text. */
function startingResources(): Map<string, FakeResource> {
  return new Map([
    [
      'travel-policy',
      {
        uri: 'https://docs.example/travel-policy',
        title: 'Travel policy',
        mimeType: 'text/markdown',
        text: '# Travel policy\n\nTrains are booked in second class; flights only for trips over 500 km.',
      },
    ],
    [
      'office-guide',
      {
        uri: 'https://docs.example/office.html',
        title: 'Office guide',
        mimeType: 'text/html',
        text: '<html><head><title>Office guide</title></head><body><h1>Office guide</h1><p>The office opens at 7:30 and the parking garage closes at 22:00.</p></body></html>',
      },
    ],
    ['logo', { uri: 'https://docs.example/logo.png', title: 'Logo', mimeType: 'image/png', text: '' }],
  ]);
}

export interface FakeMcp {
  /** The JSON-RPC methods received, in order (`initialize`, `tools/list`, `tools/call`…). */
  methods: string[];
  /** Served by `resources/list` and `resources/read`, by name; tests may change them. */
  resources: Map<string, FakeResource>;
  url: string;
  queries: string[];
  /** Calls of the tools other than `search`, with their arguments. */
  toolCalls: { name: string; arguments: Record<string, unknown> }[];
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

export async function startFakeMcp(options: { failTool?: boolean } = {}): Promise<FakeMcp> {
  const queries: string[] = [];
  const toolCalls: FakeMcp['toolCalls'] = [];
  const resources = startingResources();
  const methods: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const server = createServer(async (request, response) => {
    authorizations.push(request.headers.authorization);
    const mcp = new McpServer({ name: 'fake-docs', version: '1.0.0' });
    mcp.registerTool(
      'search',
      { description: 'Search the docs', inputSchema: { query: z.string() } },
      async ({ query }) => {
        queries.push(query);
        if (options.failTool) return { isError: true, content: [{ type: 'text', text: 'index offline' }] };
        const words = query
          .toLowerCase()
          .split(/\W+/)
          .filter((word) => word.length > 3);
        const hits = DOCUMENTS.filter((document) =>
          words.some((word) => document.text.toLowerCase().includes(word)),
        );
        return {
          content: hits.map((hit) => ({
            type: 'resource_link' as const,
            name: hit.title,
            title: hit.title,
            uri: hit.uri,
            description: hit.text,
          })),
        };
      },
    );
    mcp.registerTool(
      'order_status',
      { description: 'The shipping status of an order', inputSchema: { orderId: z.string() } },
      async ({ orderId }) => {
        toolCalls.push({ name: 'order_status', arguments: { orderId } });
        if (!/^A-\d+$/.test(orderId))
          return { isError: true, content: [{ type: 'text', text: `no order ${orderId}` }] };
        return { content: [{ type: 'text', text: `Order ${orderId} shipped on 2 December with DHL.` }] };
      },
    );
    mcp.registerTool(
      'delete_account',
      { description: 'Deletes the customer account', inputSchema: { email: z.string() } },
      async ({ email }) => {
        toolCalls.push({ name: 'delete_account', arguments: { email } });
        return { content: [{ type: 'text', text: `deleted ${email}` }] };
      },
    );
    for (const [name, resource] of resources) {
      mcp.registerResource(
        name,
        resource.uri,
        { title: resource.title, mimeType: resource.mimeType },
        async (uri) => ({
          contents: [
            resource.mimeType.startsWith('image/')
              ? { uri: uri.href, mimeType: resource.mimeType, blob: 'iVBORw0KGgo=' }
              : { uri: uri.href, mimeType: resource.mimeType, text: resource.text },
          ],
        }),
      );
    }
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    response.on('close', () => {
      void transport.close();
      void mcp.close();
    });
    await mcp.connect(transport);
    const body = await readJson(request);
    for (const message of (Array.isArray(body) ? body : [body]) as ({ method?: unknown } | undefined)[])
      if (typeof message?.method === 'string') methods.push(message.method);
    await transport.handleRequest(request, response, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    queries,
    toolCalls,
    resources,
    methods,
    authorizations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
