// A fake Microsoft Entra authority over HTTPS on 127.0.0.1: OpenID metadata and JWKS (to check the
// tokens on incoming activities) and the token endpoint (for the bot's replies). Its certificate is
// signed by a test CA made at start; `caFile` is what a child process gets as NODE_EXTRA_CA_CERTS.
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface FakeEntra {
  /** `https://127.0.0.1:<port>/<tenant>`: the authority to configure. */
  authority: string;
  tenantId: string;
  /** The test CA's certificate (PEM file) for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** Access tokens handed out by the token endpoint, with the client id that asked. */
  issued: { clientId: string; scope: string; token: string }[];
  /** Every request path, in order. */
  paths: string[];
  /** Client secrets the token endpoint refuses (`invalid_client`), as Entra does a wrong or expired one. */
  refusedSecrets: Set<string>;
  /** An RS256 token for an incoming activity, signed with the key the JWKS publishes. */
  sign(claims: Record<string, unknown>): string;
  close(): Promise<void>;
}

const KID = 'fake-entra-key';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export async function startFakeEntra(tenantId = randomUUID()): Promise<FakeEntra> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-entra-'));
  const ca = await generate([{ name: 'commonName', value: 'Frontdesk test CA' }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);

  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...signing.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
  const issued: FakeEntra['issued'] = [];
  const paths: string[] = [];
  const refusedSecrets = new Set<string>();
  const state = { base: '' };

  const server = createServer({ key: leaf.private, cert: leaf.cert }, async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = new URL(request.url ?? '/', 'https://localhost').pathname;
    paths.push(path);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const authority = `${state.base}/${tenantId}`;
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return json(200, {
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        response_types_supported: ['code', 'token'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (path === `/${tenantId}/discovery/v2.0/keys`) return json(200, { keys: [jwk] });
    if (path === `/${tenantId}/oauth2/v2.0/token` && request.method === 'POST') {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (form.get('grant_type') !== 'client_credentials' || !form.get('client_secret'))
        return json(400, { error: 'invalid_request', error_description: 'client credentials expected' });
      if (refusedSecrets.has(form.get('client_secret') ?? ''))
        return json(401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${form.get('client_id')}'.`,
          error_codes: [7000215],
        });
      const token = `fake-access-${randomUUID()}`;
      issued.push({ clientId: form.get('client_id') ?? '', scope: form.get('scope') ?? '', token });
      return json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: token });
    }
    json(404, { error: 'not_found', error_description: `No route ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authority: `${state.base}/${tenantId}`,
    tenantId,
    caFile,
    issued,
    paths,
    refusedSecrets,
    sign(claims) {
      const head = `${base64url({ alg: 'RS256', typ: 'JWT', kid: KID })}.${base64url(claims)}`;
      const signature = createSign('RSA-SHA256').update(head).sign(signing.privateKey).toString('base64url');
      return `${head}.${signature}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
