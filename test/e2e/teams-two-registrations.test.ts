// Two Teams registrations in a real `frontdesk start`: two Microsoft app ids registered for bots of two
// Frontdesk workspaces, each activity signed by the (fake, HTTPS) Entra authority, each answered by
// its own bot from its own knowledge, each reply sent with its own app's token; no crossing of data.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { type CliProcess, freePort, readOwnerToken, startCli, stopCli } from './process.js';
import { activityClaims, personalMessage } from './teams-entra-setup.js';
import { postActivity } from './teams-setup.js';

const IT_APP = '00000000-0000-4000-8000-0000000071a1';
const HR_APP = '00000000-0000-4000-8000-0000000071b2';
const ENV_APP = '00000000-0000-4000-8000-0000000071c3';

function article(root: string, workspaceId: string, title: string, body: string): void {
  mkdirSync(join(root, workspaceId, 'help'), { recursive: true });
  writeFileSync(join(root, workspaceId, 'help', 'article.md'), `---\ntitle: ${title}\n---\n\n${body}\n`);
}

describe('two Teams registrations for bots of two workspaces', () => {
  let entra: FakeEntra;
  let connector: FakeBotConnector;
  let server: CliProcess | undefined;
  let url = '';
  let itToken = '';
  let hrToken = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-teams-two-'));
  const knowledge = mkdtempSync(join(tmpdir(), 'frontdesk-teams-two-kb-'));

  async function call<T = unknown>(method: string, path: string, token: string, body?: unknown) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as { data: T } };
  }

  beforeAll(async () => {
    entra = await startFakeEntra();
    connector = await startFakeBotConnector();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await startCli(
      {
        PORT: String(port),
        FRONTDESK_DATA_DIR: dataDir,
        FRONTDESK_KNOWLEDGE_ROOT: knowledge,
        LOG_LEVEL: 'info',
        // Teams is on only with an env-configured app (the default connection); the two registrations
        // below are other app ids, and use the same authority.
        MICROSOFT_APP_ID: ENV_APP,
        MICROSOFT_APP_PASSWORD: 'env-client-secret',
        MICROSOFT_APP_TENANT_ID: entra.tenantId,
        MICROSOFT_APP_AUTHORITY: entra.authority,
        NODE_EXTRA_CA_CERTS: entra.caFile,
      },
      (child) => {
        server = { child } as CliProcess;
      },
    );
    itToken = readOwnerToken(dataDir);
    const created = await call<{ id: string; ownerToken: { token: string } }>(
      'POST',
      '/v1/workspaces',
      itToken,
      { name: 'People team' },
    );
    expect(created.status).toBe(201);
    hrToken = created.json.data.ownerToken.token;
    article(
      knowledge,
      'ws_default',
      'VPN access',
      'Connect the VPN with the Cisco client and your laptop badge.',
    );
    article(
      knowledge,
      created.json.data.id,
      'Vacation days',
      'Book vacation days in Workday; you have 28 a year.',
    );
    for (const [token, id, name, appId] of [
      [itToken, 'it', 'IT desk', IT_APP],
      [hrToken, 'hr', 'HR desk', HR_APP],
    ] as const) {
      const bot = await call('POST', '/v1/bots', token, {
        id,
        name,
        agent: { kind: 'embedded', knowledgeDir: 'help' },
      });
      expect(bot.status).toBe(201);
      const registered = await call('PUT', `/v1/teams/registrations/${appId}`, token, {
        botId: id,
        password: `${id}-client-secret`,
        tenantId: entra.tenantId,
      });
      expect(registered.status).toBe(200);
    }
  }, 60_000);
  afterAll(async () => {
    await stopCli(server);
    await connector?.close();
    await entra?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(knowledge, { recursive: true, force: true });
  });

  async function ask(appId: string, conversation: string, text: string) {
    const sent = personalMessage(entra, connector.url, {
      id: `two-${conversation}`,
      text,
      appId,
      conversation,
    });
    const token = entra.sign(activityClaims(entra, connector.url, appId));
    const response = await postActivity(url, sent, { Authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    return connector.waitFor(
      () =>
        connector
          .ofType('message')
          .find((reply) => reply.conversationId === conversation && (reply.activity.text ?? '').length > 0),
      20_000,
    );
  }

  it("answers each app id with its own workspace's bot, using that app's own token", async () => {
    const itReply = await ask(IT_APP, 'a:1it-conversation', 'How do I connect the VPN?');
    const hrReply = await ask(HR_APP, 'a:1hr-conversation', 'How many vacation days do I have?');
    expect(itReply.activity.text).toContain('Cisco');
    expect(itReply.activity.text).not.toContain('Workday');
    expect(hrReply.activity.text).toContain('Workday');
    expect(hrReply.activity.text).not.toContain('Cisco');
    const itIssued = entra.issued.find((entry) => entry.clientId === IT_APP);
    const hrIssued = entra.issued.find((entry) => entry.clientId === HR_APP);
    expect(itIssued?.scope).toContain('https://api.botframework.com');
    expect(hrIssued?.scope).toContain('https://api.botframework.com');
    expect(itReply.authorization).toBe(`Bearer ${itIssued?.token}`);
    expect(hrReply.authorization).toBe(`Bearer ${hrIssued?.token}`);
    expect(itIssued?.token).not.toBe(hrIssued?.token);
  }, 60_000);

  it("shows neither workspace's conversations or registrations to the other's token", async () => {
    const itList = JSON.stringify((await call('GET', '/v1/conversations', itToken)).json.data);
    const hrList = JSON.stringify((await call('GET', '/v1/conversations', hrToken)).json.data);
    expect(itList).toContain('VPN');
    expect(itList).not.toContain('vacation');
    expect(hrList).toContain('vacation');
    expect(hrList).not.toContain('VPN');
    // Nor by id: each workspace's Teams conversation is a 404 to the other's token.
    type Listed = { id: string }[];
    const itIds = (await call<Listed>('GET', '/v1/conversations', itToken)).json.data.map((c) => c.id);
    const hrIds = (await call<Listed>('GET', '/v1/conversations', hrToken)).json.data.map((c) => c.id);
    expect(itIds.length).toBeGreaterThan(0);
    expect(hrIds.length).toBeGreaterThan(0);
    for (const id of hrIds) expect((await call('GET', `/v1/conversations/${id}`, itToken)).status).toBe(404);
    for (const id of itIds) expect((await call('GET', `/v1/conversations/${id}`, hrToken)).status).toBe(404);
    expect((await call('GET', `/v1/conversations/${hrIds[0]}`, hrToken)).status).toBe(200);
    const itRegs = (await call<{ appId: string }[]>('GET', '/v1/teams/registrations', itToken)).json.data;
    const hrRegs = (await call<{ appId: string }[]>('GET', '/v1/teams/registrations', hrToken)).json.data;
    // The default workspace also sees this server's own MICROSOFT_APP_ID connection, listed first.
    expect(itRegs.map((entry) => entry.appId)).toEqual([ENV_APP, IT_APP]);
    expect(hrRegs.map((entry) => entry.appId)).toEqual([HR_APP]);
  });
});
