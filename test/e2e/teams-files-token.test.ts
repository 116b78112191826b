// With a Microsoft app id, an inline image's contentUrl on the Bot Connector is downloaded with the
// bot's token from the (fake, HTTPS) Entra authority, as Teams requires; the file is then kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from './attachment-files.js';
import { startTeamsWithEntra, type TeamsWithEntra } from './teams-entra-setup.js';
import { activity, postActivity } from './teams-setup.js';

const APP_ID = '00000000-0000-4000-8000-0000000070f1';

describe('Teams images with a Microsoft app id', () => {
  let teams: TeamsWithEntra;

  beforeAll(async () => {
    teams = await startTeamsWithEntra(APP_ID);
  }, 30_000);
  afterAll(() => teams.stop());

  it("downloads the image with the bot's token and keeps it", async () => {
    const { entra, connector, url } = teams;
    connector.attachments.set('signed-1', PNG);
    const signed = teams.token(APP_ID);
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
