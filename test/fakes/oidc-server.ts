// A small OpenID Connect provider on 127.0.0.1 for tests: discovery, a sign-in page that asks which
// e-mail you are, the code flow with PKCE (S256), RS256-signed ID tokens and its JWKS.
import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Set false to sign people in with an unverified e-mail. */
  emailVerified: boolean;
  /** Token requests seen, for asserting PKCE and client authentication. */
  tokenRequests: URLSearchParams[];
  close(): Promise<void>;
}

interface Grant {
  email: string;
  nonce: string | null;
  challenge: string;
  redirectUri: string;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export async function startFakeOidc(): Promise<FakeOidc> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'fake-key-1';
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const grants = new Map<string, Grant>();
  const state = {
    issuer: '',
    clientId: 'frontdesk-console',
    clientSecret: `secret-${randomBytes(8).toString('hex')}`,
    emailVerified: true,
    tokenRequests: [] as URLSearchParams[],
  };

  function idToken(grant: Grant): string {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const payload = base64url(
      JSON.stringify({
        iss: state.issuer,
        aud: state.clientId,
        sub: `user-${createHash('sha256').update(grant.email).digest('hex').slice(0, 12)}`,
        email: grant.email,
        email_verified: state.emailVerified,
        iat: now,
        exp: now + 300,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
      }),
    );
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', state.issuer);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));

    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer: state.issuer,
        authorization_endpoint: `${state.issuer}/authorize`,
        token_endpoint: `${state.issuer}/token`,
        jwks_uri: `${state.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'email', 'profile'],
      });
    }
    if (url.pathname === '/jwks') return json(response, 200, { keys: [jwk] });
    if (url.pathname === '/authorize' && request.method === 'GET') {
      const query = url.searchParams;
      if (query.get('client_id') !== state.clientId || query.get('code_challenge_method') !== 'S256') {
        response.writeHead(400, { 'Content-Type': 'text/plain' });
        return response.end('bad authorization request');
      }
      const hidden = [...query]
        .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`)
        .join('');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return response.end(
        `<!doctype html><html lang="en"><head><title>Fake SSO</title></head><body><main><h1>Fake SSO</h1><form method="post" action="/authorize">${hidden}<label>Your e-mail <input name="login_email" type="email"></label><button type="submit">Continue</button></form></main></body></html>`,
      );
    }
    if (url.pathname === '/authorize' && request.method === 'POST') {
      const code = randomBytes(16).toString('hex');
      grants.set(code, {
        email: form.get('login_email') ?? '',
        nonce: form.get('nonce'),
        challenge: form.get('code_challenge') ?? '',
        redirectUri: form.get('redirect_uri') ?? '',
      });
      const back = new URL(form.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      if (form.get('state')) back.searchParams.set('state', form.get('state')!);
      back.searchParams.set('iss', state.issuer);
      response.writeHead(302, { Location: back.toString() });
      return response.end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      state.tokenRequests.push(form);
      const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const [id, secret] = basic
        ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent)
        : [form.get('client_id'), form.get('client_secret')];
      if (id !== state.clientId || secret !== state.clientSecret)
        return json(response, 401, { error: 'invalid_client' });
      const grant = grants.get(form.get('code') ?? '');
      grants.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      return json(response, 200, {
        access_token: randomBytes(16).toString('hex'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken(grant),
      });
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
