// The Test button's API for Teams: `POST /v1/teams/registrations/{appId}/test` asks the (fake, HTTPS)
// Entra authority for a Bot Framework token with the app's own secret, in a real `frontdesk start`:
// MICROSOFT_APP_ID (`teams:env`), a registered app, one without a secret, one whose secret Entra refuses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { type CliProcess, freePort, readOwnerToken, startCli, stopCli } from './process.js';

const ENV_APP = '00000000-0000-4000-8000-00000000e0e0';
const GOOD = '00000000-0000-4000-8000-00000000600d';
const NO_SECRET = '00000000-0000-4000-8000-000000000000';
const REFUSED = '00000000-0000-4000-8000-0000000000ba';

describe('POST /v1/teams/registrations/{appId}/test', () => {
  let entra: FakeEntra;
  let server: CliProcess | undefined;
  let url = '';
  let owner = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-teams-check-'));

  async function call(method: string, path: string, body?: string) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    });
    return {
      status: response.status,
      json: (await response.json()) as { data: { ok: boolean; message: string; checkedAt: string } },
    };
  }
  const register = (appId: string, fields: Record<string, string>) =>
    call('PUT', `/v1/teams/registrations/${appId}`, JSON.stringify({ botId: 'demo', ...fields }));

  beforeAll(async () => {
    entra = await startFakeEntra();
    entra.refusedSecrets.add('expired-secret');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await startCli(
      {
        PORT: String(port),
        FRONTDESK_DATA_DIR: dataDir,
        MICROSOFT_APP_ID: ENV_APP,
        MICROSOFT_APP_PASSWORD: 'env-secret',
        MICROSOFT_APP_TENANT_ID: entra.tenantId,
        MICROSOFT_APP_AUTHORITY: entra.authority,
        NODE_EXTRA_CA_CERTS: entra.caFile,
      },
      (child) => {
        server = { child } as CliProcess;
      },
    );
    owner = readOwnerToken(dataDir);
  }, 60_000);
  afterAll(async () => {
    await stopCli(server);
    await entra?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gets a token for MICROSOFT_APP_ID and for a registered app, each with its own secret', async () => {
    const env = await call('POST', '/v1/teams/registrations/teams:env/test');
    expect(env.status).toBe(200);
    expect(env.json.data).toMatchObject({ ok: true, message: `Got a Bot Framework token for ${ENV_APP}` });
    expect(entra.issued.map((each) => each.clientId)).toContain(ENV_APP);

    expect((await register(GOOD, { password: 'good-secret', tenantId: entra.tenantId })).status).toBe(200);
    const good = await call('POST', `/v1/teams/registrations/${GOOD}/test`, '{}');
    expect(good.json.data).toMatchObject({ ok: true, message: `Got a Bot Framework token for ${GOOD}` });
    expect(entra.issued.find((each) => each.clientId === GOOD)?.scope).toContain('api.botframework.com');
    expect(Date.parse(good.json.data.checkedAt)).not.toBeNaN();
  });

  it("says so when the app has no secret, and gives Entra's refusal of a wrong one", async () => {
    expect((await register(NO_SECRET, {})).status).toBe(200);
    const none = await call('POST', `/v1/teams/registrations/${NO_SECRET}/test`);
    expect(none.json.data).toMatchObject({ ok: false, message: 'No client secret is set for this app' });

    expect((await register(REFUSED, { password: 'expired-secret', tenantId: entra.tenantId })).status).toBe(
      200,
    );
    const refused = await call('POST', `/v1/teams/registrations/${REFUSED}/test`);
    expect(refused.status).toBe(200);
    expect(refused.json.data.ok).toBe(false);
    expect(refused.json.data.message).toContain('AADSTS7000215');
    expect(entra.issued.find((each) => each.clientId === REFUSED)).toBeUndefined();
  });

  it('is 404 for an app id not registered here and 400 for an unknown body field', async () => {
    const unknown = await call('POST', '/v1/teams/registrations/00000000-0000-4000-8000-00000000dead/test');
    expect(unknown.status).toBe(404);
    const bad = await call('POST', `/v1/teams/registrations/${GOOD}/test`, '{"force":true}');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('force');
  });
});
