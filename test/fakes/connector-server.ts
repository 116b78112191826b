// Fake knowledge connectors: `POST /good`, `/failing`, `/slow`, `/oauth` answering `{"results": [...]}`, plus an OAuth token endpoint.
import { type HttpFake, sendJson, startHttpFake } from './http-fake.js';

export const CONNECTOR_TOKEN = 'connector-service-token-42';
export const OAUTH_CODE = 'oauth-code-1';
export const OAUTH_CLIENT_SECRET = 'oauth-client-secret-xyz';

export interface FakeConnectors extends HttpFake {
  /** The access tokens handed out by `/oauth/token`, in order. */
  issuedTokens: string[];
  /** Delay of `/slow`, in milliseconds. */
  slowMs: number;
}

/** The documents every good connector returns; `internal_notes` is meant to be excluded. */
export const GOOD_RESULTS = [
  {
    title: 'Refund policy',
    snippet: 'Refunds are paid within 14 days of the request.',
    url: 'https://wiki.example.com/refunds',
    internal_notes: 'TOP-SECRET-MARGIN-NOTE',
  },
  {
    title: 'Shipping times',
    snippet: 'Parcels arrive in 3 to 5 working days.',
    url: 'https://wiki.example.com/shipping',
  },
];

/** Starts the fake connectors; `/good` requires `Authorization: Bearer CONNECTOR_TOKEN`. */
export async function startFakeConnectors(): Promise<FakeConnectors> {
  const issuedTokens: string[] = [];
  const state = { slowMs: 3000 };
  const fake = await startHttpFake(async (request, response) => {
    const path = request.path.split('?')[0];
    if (path === '/oauth/token') {
      const form = new URLSearchParams(String(request.body ?? ''));
      const known = form.get('client_secret') === OAUTH_CLIENT_SECRET;
      const granted =
        (form.get('grant_type') === 'authorization_code' && form.get('code') === OAUTH_CODE) ||
        (form.get('grant_type') === 'refresh_token' && form.get('refresh_token')?.startsWith('refresh-'));
      if (!known || !granted) return sendJson(response, 400, { error: 'invalid_grant' });
      const accessToken = `access-${issuedTokens.length + 1}`;
      issuedTokens.push(accessToken);
      return sendJson(response, 200, {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 3600,
        refresh_token: `refresh-${issuedTokens.length}`,
      });
    }
    const query = (request.body as { query?: unknown } | undefined)?.query;
    if (request.method !== 'POST' || typeof query !== 'string') {
      return sendJson(response, 400, { error: 'expected {"query": string}' });
    }
    if (path === '/good') {
      if (request.headers.authorization !== `Bearer ${CONNECTOR_TOKEN}`) return sendJson(response, 401, {});
      return sendJson(response, 200, { results: GOOD_RESULTS });
    }
    if (path === '/open') return sendJson(response, 200, { results: [GOOD_RESULTS[1]] });
    if (path === '/failing') return sendJson(response, 500, { error: 'index offline' });
    if (path === '/slow') {
      await new Promise((resolve) => setTimeout(resolve, state.slowMs));
      return sendJson(response, 200, { results: [] });
    }
    if (path === '/oauth') {
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!issuedTokens.includes(token)) return sendJson(response, 401, {});
      return sendJson(response, 200, { results: [{ title: 'Private page', text: 'Only with OAuth.' }] });
    }
    return sendJson(response, 404, {});
  });
  return {
    ...fake,
    issuedTokens,
    get slowMs() {
      return state.slowMs;
    },
    set slowMs(value: number) {
      state.slowMs = value;
    },
  };
}
