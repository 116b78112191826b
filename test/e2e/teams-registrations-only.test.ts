// Teams switched on by a registration alone: a real `frontdesk start` with NO MICROSOFT_APP_ID (and
// NODE_ENV=production, where the Agents SDK refuses to run without an app id) refuses every activity
// until an app id is registered through the API; then an activity signed for that app id by the
// (fake, HTTPS) Entra authority is answered with that app's own token, without a restart, while an
// unsigned one stays a 401.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { type CliProcess, freePort, readOwnerToken, startCli, stopCli } from './process.js';
import { activityClaims, personalMessage } from './teams-entra-setup.js';
import { postActivity } from './teams-setup.js';

const APP = '00000000-0000-4000-8000-0000000072d4';

describe('Teams with registrations only (no MICROSOFT_APP_ID, NODE_ENV=production)', () => {
  let entra: FakeEntra;
  let connector: FakeBotConnector;
  let server: CliProcess | undefined;
  let url = '';
  let owner = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-teams-regonly-'));
  const knowledge = mkdtempSync(join(tmpdir(), 'frontdesk-teams-regonly-kb-'));

  let env: Record<string, string> = {};
  async function start(): Promise<void> {
    server = await startCli(env, (child) => {
      server = { child } as CliProcess;
    });
  }
  async function stop(): Promise<void> {
    await stopCli(server);
    server = undefined;
  }
  /** Waits (up to 5 s) for the log line counting the registrations, logged just after "listening". */
  async function startLine(text: string): Promise<string | undefined> {
    const deadline = Date.now() + 5000;
    while (!server?.output().includes(text) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return server?.output();
  }

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as { data: unknown } };
  }

  beforeAll(async () => {
    entra = await startFakeEntra();
    connector = await startFakeBotConnector();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    mkdirSync(join(knowledge, 'ws_default', 'help'), { recursive: true });
    writeFileSync(
      join(knowledge, 'ws_default', 'help', 'article.md'),
      '---\ntitle: Printers\n---\n\nAdd the office printer from the Konica queue on the print server.\n',
    );
    env = {
      PORT: String(port),
      FRONTDESK_DATA_DIR: dataDir,
      FRONTDESK_KNOWLEDGE_ROOT: knowledge,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      // No MICROSOFT_APP_ID: only the authority the registrations' tokens come from.
      MICROSOFT_APP_AUTHORITY: entra.authority,
      NODE_EXTRA_CA_CERTS: entra.caFile,
    };
    await start();
    owner = readOwnerToken(dataDir);
  }, 60_000);
  afterAll(async () => {
    await stop();
    await connector?.close();
    await entra?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(knowledge, { recursive: true, force: true });
  });

  const signed = (audience: string) => entra.sign(activityClaims(entra, connector.url, audience));
  const question = (id: string, conversation: string) =>
    personalMessage(entra, connector.url, {
      id,
      text: 'How do I add the office printer?',
      appId: APP,
      conversation,
    });

  it('says at startup that Teams is off until an app id is registered, and refuses every activity', async () => {
    expect(await startLine('Teams is off until')).toContain(
      'Teams is off until a Microsoft app id is registered',
    );
    const unsigned = await postActivity(url, question('only-1', 'a:1only-before'));
    expect(unsigned.status).toBe(401);
    const unknown = await postActivity(url, question('only-2', 'a:1only-before'), {
      Authorization: `Bearer ${signed(APP)}`,
    });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ message: 'This Microsoft app id is not registered here.' });
    // The list has no MICROSOFT_APP_ID connection to show, nor to route channels of.
    expect((await call('GET', '/v1/teams/registrations')).json.data).toEqual([]);
    const route = await call('PUT', '/v1/teams/connections/teams:env/channels/19:general', { botId: 'demo' });
    expect(route.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sent).toHaveLength(0);
  });

  it('answers a signed activity for an app id registered at runtime, with that app’s token', async () => {
    const bot = await call('POST', '/v1/bots', {
      id: 'it',
      name: 'IT desk',
      agent: { kind: 'embedded', knowledgeDir: 'help' },
    });
    expect(bot.status).toBe(201);
    const registered = await call('PUT', `/v1/teams/registrations/${APP}`, {
      botId: 'it',
      password: 'it-client-secret',
      tenantId: entra.tenantId,
    });
    expect(registered.status).toBe(200);
    const response = await postActivity(url, question('only-3', 'a:1only-after'), {
      Authorization: `Bearer ${signed(APP)}`,
    });
    expect(response.status).toBe(200);
    const reply = await connector.waitFor(
      () =>
        connector
          .ofType('message')
          .find((sent) => sent.conversationId === 'a:1only-after' && (sent.activity.text ?? '').length > 0),
      20_000,
    );
    expect(reply.activity.text).toContain('Konica');
    const issued = entra.issued.find((entry) => entry.clientId === APP);
    expect(issued?.scope).toContain('https://api.botframework.com');
    expect(reply.authorization).toBe(`Bearer ${issued?.token}`);
    const listed = (await call('GET', '/v1/teams/registrations')).json.data;
    expect(listed).toEqual([
      expect.objectContaining({ connectionId: APP, kind: 'registration', botId: 'it' }),
    ]);
  }, 60_000);

  it('still refuses an unsigned activity, and one signed for another app id', async () => {
    const before = connector.sent.length;
    const unsigned = await postActivity(url, question('only-4', 'a:1only-after'));
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ success: false, code: 'authentication_error' });
    const other = await postActivity(url, question('only-5', 'a:1only-after'), {
      Authorization: `Bearer ${signed('00000000-0000-4000-8000-0000000072e5')}`,
    });
    expect(other.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sent.length).toBe(before);
  });

  it('says after a restart how many registrations it serves, and still answers them', async () => {
    await stop();
    await start();
    expect(await startLine('Teams: 1 registration')).toContain('Teams: 1 registration');
    const response = await postActivity(url, question('only-7', 'a:1only-restart'), {
      Authorization: `Bearer ${signed(APP)}`,
    });
    expect(response.status).toBe(200);
    await connector.waitFor(
      () => connector.ofType('message').find((sent) => sent.conversationId === 'a:1only-restart'),
      20_000,
    );
  }, 60_000);

  it('refuses the app id again once its registration is removed, without a restart', async () => {
    expect((await call('DELETE', `/v1/teams/registrations/${APP}`)).status).toBe(200);
    const response = await postActivity(url, question('only-6', 'a:1only-after'), {
      Authorization: `Bearer ${signed(APP)}`,
    });
    expect(response.status).toBe(401);
  });
});
