// Shared by the Teams suites that need real tokens: a fake HTTPS Entra authority, a fake Bot Connector
// and a real `frontdesk start` for one Microsoft app id, trusting the authority's test CA; and the
// token claims and personal-chat messages those suites send.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { type CliProcess, freePort, startCli, stopCli } from './process.js';
import { activity } from './teams-setup.js';

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
  const claims = (audience: string, expiresIn = 600) =>
    activityClaims(entra, connector.url, audience, { expiresIn, age: 1000 });
  return {
    entra,
    connector,
    url: `http://127.0.0.1:${port}`,
    claims,
    token: (audience, expiresIn) => entra.sign(claims(audience, expiresIn)),
    async stop() {
      await stopCli(server);
      await connector.close();
      await entra.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The claims of an activity token for `audience`, as `entra` signs them for the Bot Connector at
 * `serviceUrl`: issued `age` seconds ago, valid for `expiresIn` seconds from now.
 */
export function activityClaims(
  entra: FakeEntra,
  serviceUrl: string,
  audience: string,
  { expiresIn = 600, age = 60 } = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: audience,
    iss: `${entra.authority}/v2.0`,
    tid: entra.tenantId,
    serviceurl: serviceUrl,
    nbf: now - age,
    iat: now - age,
    exp: now + expiresIn,
  };
}

/** A personal-chat message with `text` to the bot of `appId`, in `conversation` of `entra`'s tenant. */
export function personalMessage(
  entra: FakeEntra,
  serviceUrl: string,
  message: { id: string; text: string; appId: string; conversation: string },
): Record<string, unknown> {
  return activity(
    'personal-message',
    { serviceUrl },
    {
      id: message.id,
      text: message.text,
      recipient: { id: `28:${message.appId}`, name: 'Frontdesk' },
      conversation: { conversationType: 'personal', tenantId: entra.tenantId, id: message.conversation },
      channelData: { tenant: { id: entra.tenantId } },
    },
  );
}
