// `POST /v1/integrations/{id}/test` against the fake Jira, ServiceNow and webhook receiver: a real
// authenticated call (or a signed ping), nothing created, the remote's refusal shown, the outbound policy kept.
import { describe, expect, it } from 'vitest';
import { JIRA_CREDENTIALS } from '../fakes/jira-server.js';
import { SERVICENOW_CREDENTIALS } from '../fakes/servicenow-server.js';
import { WEBHOOK_SECRET } from '../fakes/webhook-receiver.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { useTicketSystems } from './ticket-systems.js';

const systems = useTicketSystems();

async function create(body: Record<string, unknown>): Promise<string> {
  const { server } = systems;
  const created = await api(server, OWNER_TOKEN, 'POST', '/v1/integrations', body);
  expect(created.status).toBe(201);
  return created.json.data.id;
}

const test = (id: string, body?: unknown) =>
  api(systems.server, OWNER_TOKEN, 'POST', `/v1/integrations/${id}/test`, body);

describe('POST /v1/integrations/{id}/test', () => {
  it('signs in to Jira and finds the project, creating no issue', async () => {
    const { jira } = systems;
    const { apiToken, ...data } = JIRA_CREDENTIALS;
    const id = await create({ kind: 'jira', data: { ...data, baseUrl: jira.url }, secret: apiToken });
    const checked = await test(id);
    expect(checked.status).toBe(200);
    expect(checked.json.data).toMatchObject({ ok: true, message: expect.stringContaining('Frontdesk Bot') });
    expect(checked.json.data.message).toContain('SUP (Support)');
    expect(jira.requests.map((request) => request.path)).toEqual([
      '/rest/api/3/myself',
      '/rest/api/3/project/SUP',
    ]);
    expect(jira.created()).toBe(0);
  });

  it("shows Jira's refusal of a wrong token, and of a project it does not have", async () => {
    const { jira } = systems;
    const id = await create({
      kind: 'jira',
      data: { email: JIRA_CREDENTIALS.email, projectKey: 'SUP', baseUrl: jira.url },
      secret: 'not-the-token',
    });
    const wrongToken = await test(id);
    expect(wrongToken.json.data).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Jira answered 401/),
    });
    const other = await create({
      kind: 'jira',
      data: { email: JIRA_CREDENTIALS.email, projectKey: 'OPS', baseUrl: jira.url },
      secret: JIRA_CREDENTIALS.apiToken,
    });
    const missing = await test(other, {});
    expect(missing.json.data).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Jira answered 404/),
    });
  });

  it('reads the ServiceNow incident table with the password, and reports a wrong one', async () => {
    const { servicenow } = systems;
    const id = await create({
      kind: 'servicenow',
      data: { baseUrl: servicenow.url, username: SERVICENOW_CREDENTIALS.username },
      secret: SERVICENOW_CREDENTIALS.password,
    });
    expect((await test(id)).json.data).toMatchObject({ ok: true });
    const last = servicenow.requests.at(-1);
    expect(last?.method).toBe('GET');
    expect(last?.path).toMatch(/^\/api\/now\/table\/incident\?/);
    const wrong = await create({
      kind: 'servicenow',
      data: { baseUrl: servicenow.url, username: SERVICENOW_CREDENTIALS.username },
      secret: 'wrong-password',
    });
    expect((await test(wrong)).json.data).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^ServiceNow answered 401/),
    });
    expect(servicenow.created()).toBe(0);
  });

  it('sends the webhook a ping signed with its secret, which the receiver verifies', async () => {
    const { webhook } = systems;
    const id = await create({
      kind: 'webhook',
      data: { url: `${webhook.url}/tickets` },
      secret: WEBHOOK_SECRET,
    });
    expect((await test(id)).json.data).toMatchObject({ ok: true });
    expect(webhook.pings()).toBe(1);
    expect(webhook.created()).toBe(0);
    const unsigned = await create({
      kind: 'webhook',
      data: { url: `${webhook.url}/tickets` },
      secret: 'another-secret-0123456789',
    });
    expect((await test(unsigned)).json.data).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The webhook answered 401/),
    });
  });

  it('says when the destination cannot be reached', async () => {
    const id = await create({
      kind: 'servicenow',
      data: { baseUrl: 'http://127.0.0.1:1', username: 'frontdesk' },
      secret: 'password',
    });
    const checked = await test(id);
    expect(checked.json.data).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot be reached/),
    });
  });

  it('keeps the outbound policy: a metadata address is refused, never called', async () => {
    const id = await create({
      kind: 'jira',
      data: { email: 'a@example.com', projectKey: 'SUP', baseUrl: 'http://169.254.169.254' },
      secret: 'token',
    });
    const checked = await test(id);
    expect(checked.json.data.ok).toBe(false);
    expect(checked.json.data.message).toMatch(/not allowed/);
  });

  it('refuses an integration without a secret, an unknown body field, another kind, and staff', async () => {
    const { server, webhook } = systems;
    const noSecret = await create({ kind: 'webhook', data: { url: `${webhook.url}/tickets` } });
    const refused = await test(noSecret);
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/^secret:/);
    const withField = await test(noSecret, { dryRun: true });
    expect(withField.status).toBe(400);
    expect(withField.json.message).toContain('dryRun');
    const openai = await create({ kind: 'openai', secret: 'sk-test' });
    expect((await test(openai)).status).toBe(400);
    expect((await test('int_missing')).status).toBe(404);
    const staff = await server.token({ role: 'staff' });
    expect((await api(server, staff, 'POST', `/v1/integrations/${noSecret}/test`)).status).toBe(403);
  });
});
