// With a Microsoft app id, an inline image's contentUrl on the Bot Connector is downloaded with the
// bot's token from the (fake, HTTPS) Entra authority, as Teams requires; the file is then kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeEntra, startFakeEntra } from '../fakes/entra-server.js';
import { PNG } from './attachment-files.js';
import { type CliProcess, freePort, startCli } from './process.js';
import { activity, postActivity } from './teams-setup.js';

const APP_ID = '00000000-0000-4000-8000-0000000070f1';

describe('Teams images with a Microsoft app id', () => {
  let entra: FakeEntra;
  let connector: FakeBotConnector;
  let server: CliProcess | undefined;
  let url = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-teams-files-'));

  beforeAll(async () => {
    entra = await startFakeEntra();
    connector = await startFakeBotConnector();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await startCli(
      {
        PORT: String(port),
        FRONTDESK_DATA_DIR: dataDir,
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'test-client-secret',
        MICROSOFT_APP_TENANT_ID: entra.tenantId,
        MICROSOFT_APP_AUTHORITY: entra.authority,
        NODE_EXTRA_CA_CERTS: entra.caFile,
      },
      (child) => {
        server = { child } as CliProcess;
      },
    );
  }, 30_000);
  afterAll(async () => {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await connector.close();
    await entra.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("downloads the image with the bot's token and keeps it", async () => {
    connector.attachments.set('signed-1', PNG);
    const now = Math.floor(Date.now() / 1000);
    const signed = entra.sign({
      aud: APP_ID,
      iss: `${entra.authority}/v2.0`,
      tid: entra.tenantId,
      serviceurl: connector.url,
      nbf: now - 1000,
      iat: now - 1000,
      exp: now + 600,
    });
    const response = await postActivity(
      url,
      activity(
        'personal-message',
        { serviceUrl: connector.url },
        {
          id: 'signed-1',
          text: 'here is the screen',
          attachments: [
            { contentType: 'image/png', contentUrl: connector.attachmentUrl('signed-1'), name: 'screen.png' },
          ],
        },
      ),
      { Authorization: `Bearer ${signed}` },
    );
    expect(response.status).toBe(200);
    await connector.waitFor(
      () => connector.ofType('message').find((sent) => (sent.activity.text ?? '').length > 0),
      15_000,
    );
    const issued = entra.issued.find((entry) => entry.clientId === APP_ID);
    expect(connector.attachmentAuth).toEqual([`Bearer ${issued?.token}`]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sent.some((sent) => String(sent.activity.text).includes("couldn't keep"))).toBe(false);
  }, 30_000);
});
