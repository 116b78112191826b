// With MICROSOFT_APP_ID set, every activity needs a valid Bot Framework JWT: anything else is a 401 and no reply.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { startTestServer, type TestServer } from './harness.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

const APP_ID = '00000000-0000-4000-8000-00000000a11d';

function base64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A well-formed RS256 token signed with a key Microsoft never published. */
function forgedToken(claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const head = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'not-a-microsoft-key' })}.${base64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url');
  return `${head}.${signature}`;
}

describe('the Teams endpoint with an app id', () => {
  let server: TestServer;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    server = await startTestServer({ env: { MICROSOFT_APP_ID: APP_ID }, agentFor: () => scriptedAgent() });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  const now = Math.floor(Date.now() / 1000);
  const cases: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['a token that is not a JWT', { Authorization: 'Bearer not-a-jwt' }],
    [
      'an unsigned token',
      { Authorization: `Bearer ${base64url({ alg: 'none' })}.${base64url({ aud: APP_ID })}.` },
    ],
    [
      'a token for another app',
      {
        Authorization: `Bearer ${forgedToken({ aud: 'another-app', iss: 'https://api.botframework.com', exp: now + 600 })}`,
      },
    ],
    [
      'a token signed with a key Microsoft never published',
      {
        Authorization: `Bearer ${forgedToken({ aud: APP_ID, iss: 'https://api.botframework.com', exp: now + 600 })}`,
      },
    ],
  ];

  it.each(cases)('refuses %s with a 401 and sends no reply', async (_name, headers) => {
    const response = await postActivity(
      server.url,
      activity('personal-message', { serviceUrl: connector.url }, { id: `auth-${_name}` }),
      headers,
    );
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sent).toHaveLength(0);
  });
});
