/**
 * OpenID Connect sign-in with `openid-client`: the authorization code flow with PKCE (S256), state
 * and nonce; the provider's ID token names the person by a verified e-mail address.
 */
import * as client from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The console's public address; the provider sends people back to `{publicUrl}/auth/oidc/callback`. */
  publicUrl: string;
}

/** What must survive the round trip to the provider (kept in a signed HttpOnly cookie). */
export interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
}

/** Why an SSO sign-in did not work, for the console to explain. */
export class OidcSignInError extends Error {
  constructor(
    readonly code: 'failed' | 'unverified-email',
    message: string,
  ) {
    super(message);
    this.name = 'OidcSignInError';
  }
}

export interface Oidc {
  redirectUri: string;
  /** The provider's sign-in address and what to keep until the person comes back. */
  start(): Promise<{ url: string; pending: PendingSignIn }>;
  /** Checks the provider's answer (`query` of the callback) and returns the verified e-mail. */
  finish(query: string, pending: PendingSignIn): Promise<{ email: string }>;
}

export function createOidc(settings: OidcSettings): Oidc {
  const redirectUri = `${settings.publicUrl.replace(/\/+$/, '')}/auth/oidc/callback`;
  let configuration: Promise<client.Configuration> | undefined;
  // Discovered once; a failure (provider down) is retried on the next sign-in.
  const config = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // A provider on plain http is only for local testing (e.g. a fake on 127.0.0.1).
        settings.issuer.startsWith('http:') ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    redirectUri,
    async start() {
      const pending = {
        verifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
      };
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finish(query, pending) {
      let claims: client.IDToken | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(
          await config(),
          new URL(`${redirectUri}${query}`),
          {
            pkceCodeVerifier: pending.verifier,
            expectedState: pending.state,
            expectedNonce: pending.nonce,
            idTokenExpected: true,
          },
        );
        claims = tokens.claims();
      } catch (error) {
        throw new OidcSignInError('failed', `The provider's answer was refused: ${(error as Error).message}`);
      }
      const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : '';
      if (!email || claims?.email_verified !== true) {
        throw new OidcSignInError('unverified-email', 'The provider did not vouch for an e-mail address.');
      }
      return { email };
    },
  };
}
