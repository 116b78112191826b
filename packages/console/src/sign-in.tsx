/**
 * The sign-in screen: e-mail and password (a cookie session), or "Use an API token" (kept for the
 * tab). A wrong password, a lockout or a refused token each say what happened.
 */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Api, ApiError } from './api.js';
import { sessionApi, signInProviders, signInWithPassword } from './session.js';
import { TokenSignIn } from './token-sign-in.js';

/** `notice`: why the console came back here (e.g. the session ended). */
export function SignIn({ notice, onSignedIn }: { notice?: string | undefined; onSignedIn(api: Api): void }) {
  const [useToken, setUseToken] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);
  const [sso, setSso] = useState(false);
  useEffect(() => {
    signInProviders().then((providers) => setSso(providers.sso));
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(!email.trim() ? 'Enter your e-mail address.' : 'Enter your password.');
      return;
    }
    setChecking(true);
    setError('');
    try {
      onSignedIn(sessionApi(await signInWithPassword(email.trim(), password)));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Signing in failed.');
      setChecking(false);
    }
  }

  return (
    <main class="sign-in">
      <h1>Frontdesk console</h1>
      {notice && <p role="alert">{notice}</p>}
      {useToken ? (
        <TokenSignIn onSignedIn={onSignedIn} />
      ) : (
        <form onSubmit={submit} aria-label="Sign in">
          <label for="email">E-mail</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
          <label for="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            value={password}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <button type="submit" disabled={checking}>
            {checking ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      {sso && !useToken && (
        <p>
          <a class="button" href="/auth/oidc/start">
            Sign in with SSO
          </a>
        </p>
      )}
      <p>
        <button type="button" class="link" onClick={() => setUseToken(!useToken)}>
          {useToken ? 'Sign in with e-mail and password' : 'Use an API token'}
        </button>
      </p>
    </main>
  );
}
