/** "Use an API token": sign in with a personal access token (staff, admin or owner); a refused token explains why. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { type Api, ApiError, createApi } from './api.js';
import { checkStaffToken } from './sign-in-check.js';

export function TokenSignIn({ onSignedIn }: { onSignedIn(api: Api): void }) {
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
    <form onSubmit={submit} aria-label="Sign in with an API token">
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
  );
}
