/**
 * The routes answer what `/openapi.json` says: each real answer below is checked against the
 * schema the document gives for its path, method, status and content type (JSON Schema 2020-12,
 * with Ajv), so a field a route adds or drops, or an undocumented status, fails here.
 */
import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;
interface Document {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>
  >;
  components: { schemas: Record<string, Json> };
}

let subject: Awaited<ReturnType<typeof adminTestApp>>;
let document: Document;
let owner: string;
let conversationId: string;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

/** `schema` with `#/components/schemas/…` references replaced by what they name. */
function inline(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inline);
  if (!schema || typeof schema !== 'object') return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    return inline(document.components.schemas[ref.slice('#/components/schemas/'.length)]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value)]));
}

/** The document's operation for a concrete path (`/v1/tickets/tkt_1` → `/v1/tickets/{ticketId}`). */
function operationFor(method: string, path: string) {
  const bare = path.split('?')[0] ?? path;
  const template = Object.keys(document.paths).find((candidate) =>
    new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare),
  );
  return template ? document.paths[template]?.[method.toLowerCase()] : undefined;
}

/** Calls the app and checks the answer against the document; returns the parsed body. */
async function checked(method: string, path: string, body?: unknown, token = owner): Promise<Json> {
  return matches(method, path, await subject.call(token, method, path, body));
}

/** Checks `response` to `method path` against the document; returns the parsed body. */
async function matches(method: string, path: string, response: Response): Promise<Json> {
  const operation = operationFor(method, path);
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const documented = operation?.responses[String(response.status)];
  expect(documented, `${method} ${path} answered ${response.status}, which is documented`).toBeDefined();
  const schema = documented?.content?.['application/json']?.schema;
  const json = (await response.json()) as Json;
  expect(schema, `${method} ${path} ${response.status} has a JSON schema`).toBeDefined();
  const validate = ajv.compile(inline(schema) as Json);
  expect(validate(json) ? [] : validate.errors, `${method} ${path} ${response.status}`).toEqual([]);
  return json;
}

beforeAll(async () => {
  subject = await adminTestApp();
  document = (await (await subject.app.request('/openapi.json')).json()) as Document;
  owner = await subject.token('ws_default', 'owner');
  const answer = await checked('POST', '/v1/bots/demo/message', { message: { text: 'Hello there' } });
  conversationId = (answer.data as { conversationId: string }).conversationId;
  await subject.store.insertTicket({
    id: 'tkt_1',
    workspaceId: 'ws_default',
    botId: 'demo',
    conversationId,
    trigger: 'human-request',
    sink: 'builtin',
    externalId: 'tkt_1',
    url: null,
    type: 'support',
    status: 'open',
    priority: 'medium',
    summary: 'Hello there',
    description: 'transcript',
    requester: { name: 'Ana', email: 'ana@example.com' },
    idempotencyKey: `${conversationId}:human-request`,
    createdAt: Date.now(),
    updatedAt: Date.now(),
  });
});

describe('answers match /openapi.json', () => {
  it('for the desk: tickets, conversations, transcript and CSAT', async () => {
    const list = await checked('GET', '/v1/tickets');
    expect((list.data as unknown[]).length).toBe(1);
    const ticket = await checked('GET', '/v1/tickets/tkt_1');
    expect((ticket.data as { messages: unknown[] }).messages.length).toBeGreaterThan(0);
    await checked('PATCH', '/v1/tickets/tkt_1', { priority: 'high' });
    await checked('GET', '/v1/conversations');
    await checked('GET', `/v1/conversations/${conversationId}`);
    await checked('GET', `/v1/conversations/${conversationId}/transcript`);
    await checked('POST', `/v1/conversations/${conversationId}/takeover`);
    await checked('POST', `/v1/conversations/${conversationId}/handback`);
    await checked('GET', '/v1/csat');
  });

  it('for administration: bots, rules, sessions, tokens, workspaces, members, roles, groups, logs', async () => {
    for (const path of [
      '/v1/bots',
      '/v1/bots/demo',
      '/v1/bots/demo/rules',
      '/v1/settings/rules',
      '/v1/sessions',
      '/v1/tokens',
      '/v1/me',
      '/v1/workspaces',
      '/v1/workspaces/current',
      '/v1/workspaces/ws_default/deletion-preview',
      '/v1/workspaces/ws_default/statistics',
      '/v1/members',
      '/v1/roles',
      '/v1/groups',
      '/v1/permissions',
      '/v1/logs',
      '/v1/integrations',
      '/v1/integrations/types',
      '/v1/connectors',
    ]) {
      await checked('GET', path);
    }
    await checked('POST', '/v1/tokens', { name: 'ci', role: 'viewer' });
    const agent = { kind: 'embedded', knowledgeDir: 'default' };
    expect(
      (await checked('POST', '/v1/bots', { id: 'second', name: 'Second bot', agent })).data,
    ).toMatchObject({
      id: 'second',
    });
    await checked('POST', '/v1/bots/second/disable');
    await checked('POST', '/v1/integrations', { kind: 'openai', name: 'Key', secret: 'sk-test-123456' });
  });

  it('for errors: 400, 401, 403, 404, 409 and 413 carry the error envelope', async () => {
    const viewer = await subject.token('ws_default', 'viewer');
    const statusOf = async (...call: Parameters<typeof checked>) => (await checked(...call)).status;
    expect(await statusOf('GET', '/v1/tickets', undefined, 'fd_not_a_token')).toBe(401);
    expect(await statusOf('POST', '/v1/tokens', { name: 'x', role: 'viewer' }, viewer)).toBe(403);
    expect(await statusOf('POST', '/v1/tokens', { name: 'x'.repeat(70_000), role: 'viewer' })).toBe(413);
    expect(await statusOf('GET', '/v1/tickets/nope')).toBe(404);
    expect(await statusOf('PATCH', '/v1/tickets/tkt_1', { priority: 'high', extra: true })).toBe(400);
    const agent = { kind: 'embedded', knowledgeDir: 'default' };
    expect(await statusOf('POST', '/v1/bots', { id: 'demo', name: 'Again', agent })).toBe(409);
    expect(await statusOf('GET', '/v1/tickets?limit=1000')).toBe(400);
  });
});

describe('widget answers match /openapi.json', () => {
  /** A widget call from the server's own page (its origin is always allowed). */
  const widget = (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
    subject.app.request(`/widget/v1${path}`, {
      method,
      headers: {
        Origin: 'http://127.0.0.1:3000',
        'Content-Type': 'application/json',
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });

  it('for sessions, conversations and their history', async () => {
    /** Calls the widget API and checks the answer; returns its body. */
    const call = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
      matches(method, `/widget/v1${path}`, await widget(method, path, options));
    const session = await call('POST', '/sessions', { body: { botId: 'demo' } });
    const token = (session.data as { visitorToken: string }).visitorToken;
    const sent = await widget('POST', '/messages', { token, body: { text: 'How do I reset my password?' } });
    expect(sent.status).toBe(200);
    const id = /"conversationId":"([^"]+)"/.exec(await sent.text())?.[1] ?? '';
    expect(id).not.toBe('');
    const list = await call('GET', '/conversations', { token });
    expect((list.data as unknown[]).length).toBe(1);
    const history = await call('GET', `/conversations/${id}/messages`, { token });
    expect((history.data as { messages: unknown[] }).messages.length).toBe(2);
    const email = await call('POST', `/conversations/${id}/email`, {
      token,
      body: { email: 'ana@example.com' },
    });
    expect(email.success).toBe(true);
    expect((await call('POST', `/conversations/${id}/end`, { token })).success).toBe(true);
    const refused = await call('POST', '/messages', { token, body: { text: 'Hi', conversationId: id } });
    expect(refused.status).toBe(409);
    expect((await call('GET', '/conversations')).status).toBe(401);
  });
});
