/** "Use an API token": sign in with a personal access token of any role; a refused token explains why. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { type Api, ApiError, createApi } from './api.js';
import { checkToken } from './sign-in-check.js';
import { useField } from './use-field.js';

export function TokenSignIn({ onSignedIn }: { onSignedIn(api: Api): void }) {
  const [token, setToken, latestToken] = useField(() => '');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    // The latest values, even when the last input has not been rendered yet.
    const token = latestToken.current;
    const value = token.trim();
    if (!value) {
      setError('Paste your personal access token.');
      return;
    }
    setChecking(true);
    setError('');
    const api = createApi(value);
    try {
      await checkToken(api);
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
        Any token of this workspace (`frontdesk token create --role staff`); you see what its role allows. It
        is kept for this tab only.
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
