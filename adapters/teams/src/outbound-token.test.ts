// MSAL's instance discovery: answered for the configured authority's host only; everything else goes out.
import { describe, expect, it } from 'vitest';
import { teamsSettingsSchema } from './options.js';
import { outboundMsalNetworkClient } from './outbound-token.js';

const DISCOVERY = 'https://login.microsoftonline.com/common/discovery/instance?api-version=1.1';
const AUTHORITY = 'https://login.example.test:8443/tenant-1';

function recordingFetch() {
  const urls: string[] = [];
  const fetch = async (url: string | URL | Request) => {
    urls.push(String(url));
    return Response.json({ error: 'invalid_instance' }, { status: 400 });
  };
  return { urls, fetch: fetch as unknown as Parameters<typeof outboundMsalNetworkClient>[0] };
}

describe('the token requests network client', () => {
  it('trusts the configured authority host without asking Entra', async () => {
    const { urls, fetch } = recordingFetch();
    const client = outboundMsalNetworkClient(fetch, AUTHORITY);
    const asked = encodeURIComponent('https://login.example.test:8443/tenant-1/oauth2/v2.0/authorize');
    const answer = await client.sendGetRequestAsync(`${DISCOVERY}&authorization_endpoint=${asked}`);
    expect(urls).toEqual([]);
    expect(answer.body).toMatchObject({
      tenant_discovery_endpoint: `${AUTHORITY}/v2.0/.well-known/openid-configuration`,
      metadata: [{ aliases: ['login.example.test:8443'] }],
    });
  });

  it('asks Entra about any other host', async () => {
    const { urls, fetch } = recordingFetch();
    const client = outboundMsalNetworkClient(fetch, AUTHORITY);
    const asked = encodeURIComponent('https://evil.example.test/tenant-1/oauth2/v2.0/authorize');
    const answer = await client.sendGetRequestAsync(`${DISCOVERY}&authorization_endpoint=${asked}`);
    expect(urls).toHaveLength(1);
    expect(answer.body).toEqual({ error: 'invalid_instance' });
    // And with no authority configured, nothing is answered locally.
    await outboundMsalNetworkClient(fetch).sendGetRequestAsync(
      `${DISCOVERY}&authorization_endpoint=${asked}`,
    );
    expect(urls).toHaveLength(2);
  });

  it('refuses an authority that is not an https URL', () => {
    const base = { workspaceId: 'ws', botId: 'bot' };
    expect(() => teamsSettingsSchema.parse({ ...base, authority: 'http://login.example.test/t' })).toThrow(
      /authority/,
    );
    expect(teamsSettingsSchema.parse({ ...base, authority: ' ' }).authority).toBeUndefined();
  });
});
