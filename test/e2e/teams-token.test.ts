// The accepted-token path of Teams, in a real `frontdesk start`: a JWT signed by a (fake, HTTPS)
// Entra authority is accepted, and the reply reaches the Bot Connector with a token from that
// authority's token endpoint. The authority's test CA reaches Node through NODE_EXTRA_CA_CERTS.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeBotConnector } from '../fakes/bot-connector.js';
import type { FakeEntra } from '../fakes/entra-server.js';
import { startTeamsWithEntra, type TeamsWithEntra } from './teams-entra-setup.js';
import { activity, postActivity } from './teams-setup.js';

const APP_ID = '00000000-0000-4000-8000-0000000070c1';

describe('Teams with a Microsoft app id, against a local Entra authority', () => {
  let teams: TeamsWithEntra;
  let entra: FakeEntra;
  let connector: FakeBotConnector;
  let url = '';

  beforeAll(async () => {
    teams = await startTeamsWithEntra(APP_ID, { LOG_LEVEL: 'info' });
    ({ entra, connector, url } = teams);
  }, 30_000);
  afterAll(() => teams.stop());

  const claims = (audience: string, expiresIn = 600) => teams.claims(audience, expiresIn);
  const token = (audience: string) => teams.token(audience);

  /** The same header (the published key's id) and claims, signed with a key the authority never published. */
  function forged(audience: string): string {
    const valid = entra.sign(claims(audience)).split('.');
    const head = `${valid[0]}.${valid[1]}`;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return `${head}.${createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url')}`;
  }

  it('answers 200 to a signed activity and replies with a bearer token from the token endpoint', async () => {
    const response = await postActivity(
      url,
      activity('personal-message', { serviceUrl: connector.url }, { id: 'token-accepted' }),
      { Authorization: `Bearer ${token(APP_ID)}` },
    );
    expect(response.status).toBe(200);
    const reply = await connector.waitFor(
      () => connector.ofType('message').find((sent) => (sent.activity.text ?? '').length > 0),
      15_000,
    );
    expect(entra.paths).toContain(`/${entra.tenantId}/discovery/v2.0/keys`);
    const issued = entra.issued.find((entry) => entry.clientId === APP_ID);
    expect(issued?.scope).toContain('https://api.botframework.com');
    expect(reply.authorization).toBe(`Bearer ${issued?.token}`);
  }, 30_000);

  it('refuses a token signed by the same authority for another app id', async () => {
    const before = connector.sent.length;
    const response = await postActivity(
      url,
      activity('personal-message', { serviceUrl: connector.url }, { id: 'token-other-app' }),
      { Authorization: `Bearer ${token('00000000-0000-4000-8000-0000000070c2')}` },
    );
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.sent).toHaveLength(before);
  });

  it.each([
    ['signed with a key the authority never published', () => forged(APP_ID)],
    ["expired (beyond the SDK's 5 minutes of clock tolerance)", () => entra.sign(claims(APP_ID, -600))],
  ])('refuses a token for this app id %s', async (_name, make) => {
    const before = connector.sent.length;
    const response = await postActivity(
      url,
      activity('personal-message', { serviceUrl: connector.url }, { id: `token-${_name}` }),
      { Authorization: `Bearer ${make()}` },
    );
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.sent).toHaveLength(before);
  });
});
