/** Sign in with a personal access token (staff, admin or owner); a refused token explains why. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { type Api, ApiError, createApi } from './api.js';
import { checkStaffToken } from './sign-in-check.js';

/** `notice`: why the console came back here (e.g. the token was revoked). */
export function SignIn({ notice, onSignedIn }: { notice?: string | undefined; onSignedIn(api: Api): void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('Paste your personal access token.');
      return;
    }
    setChecking(true);
    setError('');
    const api = createApi(value);
    try {
      await checkStaffToken(api);
      onSignedIn(api);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Signing in failed.');
      setChecking(false);
    }
  }

  return (
    <main class="sign-in">
      <h1>Frontdesk console</h1>
      {notice && <p role="alert">{notice}</p>}
      <form onSubmit={submit}>
        <label for="token">Personal access token</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          aria-describedby="token-help"
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        <p id="token-help" class="muted">
          A staff, admin or owner token (`frontdesk token create --role staff`). It is kept for this tab only.
        </p>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
