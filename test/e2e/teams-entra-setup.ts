// Shared by the Teams suites that need real tokens: a fake HTTPS Entra authority, a fake Bot Connector
// and a real `frontdesk start` for one Microsoft app id, trusting the authority's test CA.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { type CliProcess, freePort, startCli } from './process.js';

export interface TeamsWithEntra {
  entra: FakeEntra;
  connector: FakeBotConnector;
  /** The server's address. */
  url: string;
  /** An activity token for `audience`, signed by the authority, valid for `expiresIn` seconds. */
  token(audience: string, expiresIn?: number): string;
  /** The claims `token` signs, for tests that sign them another way. */
  claims(audience: string, expiresIn?: number): Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts the fakes and the server for `appId`; `env` adds settings (e.g. LOG_LEVEL). */
export async function startTeamsWithEntra(
  appId: string,
  env: Record<string, string> = {},
): Promise<TeamsWithEntra> {
  const entra = await startFakeEntra();
  const connector = await startFakeBotConnector();
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-teams-entra-'));
  const port = await freePort();
  let server: CliProcess | undefined;
  server = await startCli(
    {
      PORT: String(port),
      FRONTDESK_DATA_DIR: dataDir,
      MICROSOFT_APP_ID: appId,
      MICROSOFT_APP_PASSWORD: 'test-client-secret',
      MICROSOFT_APP_TENANT_ID: entra.tenantId,
      MICROSOFT_APP_AUTHORITY: entra.authority,
      NODE_EXTRA_CA_CERTS: entra.caFile,
      ...env,
    },
    (child) => {
      server = { child } as CliProcess;
    },
  );
  const claims = (audience: string, expiresIn = 600): Record<string, unknown> => {
    const now = Math.floor(Date.now() / 1000);
    return {
      aud: audience,
      iss: `${entra.authority}/v2.0`,
      tid: entra.tenantId,
      serviceurl: connector.url,
      nbf: now - 1000,
      iat: now - 1000,
      exp: now + expiresIn,
    };
  };
  return {
    entra,
    connector,
    url: `http://127.0.0.1:${port}`,
    claims,
    token: (audience, expiresIn) => entra.sign(claims(audience, expiresIn)),
    async stop() {
      if (server) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await connector.close();
      await entra.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
