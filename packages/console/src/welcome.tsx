/** An invitation link (`#/welcome/<secret>`): says who is invited, and lets them choose a password. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Api, ApiError } from './api.js';
import { acceptInvitation, type InvitationInfo, readInvitation, sessionApi } from './session.js';

const MIN_LENGTH = 10;

export function Welcome({ secret, onSignedIn }: { secret: string; onSignedIn(api: Api): void }) {
  const [invitation, setInvitation] = useState<InvitationInfo>();
  const [problem, setProblem] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    readInvitation(secret).then(setInvitation, (failure) =>
      setProblem(failure instanceof ApiError ? failure.message : 'This invitation could not be read.'),
    );
  }, [secret]);

  async function submit(event: Event) {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setError(`Choose at least ${MIN_LENGTH} characters.`);
    if (password !== repeat) return setError('The two passwords differ.');
    setSaving(true);
    setError('');
    try {
      onSignedIn(sessionApi(await acceptInvitation(secret, password)));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Saving the password failed.');
      setSaving(false);
    }
  }

  return (
    <main class="sign-in">
      <h1>Welcome to Frontdesk</h1>
      {problem && (
        <p role="alert" class="error">
          {problem} <a href="#/">Go to sign-in</a>
        </p>
      )}
      {invitation && (
        <form onSubmit={submit} aria-label="Choose your password">
          <p>
            You are invited to <strong>{invitation.workspace}</strong> as <strong>{invitation.email}</strong>.
            Choose a password to sign in.
          </p>
          <label for="new-password">New password</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="new-password-help"
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          <p id="new-password-help" class="muted">
            At least {MIN_LENGTH} characters.
          </p>
          <label for="repeat-password">Repeat the password</label>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onInput={(event) => setRepeat(event.currentTarget.value)}
          />
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Set password and sign in'}
          </button>
        </form>
      )}
    </main>
  );
}
