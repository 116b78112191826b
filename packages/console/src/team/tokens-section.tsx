/** API tokens: listed (never the secret), created (the secret shown once, to copy), revoked. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';
import { CopyButton } from './copy-button.js';
import { RoleOptions } from './role-options.js';
import { type RoleView, roleLabel } from './role-permissions.js';

interface TokenRow {
  id: string;
  name: string;
  role: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');

export function TokensSection({ roles }: { roles: RoleView[] }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: TokenRow[] }>('GET', '/v1/tokens'), []);
  const [name, setName, latestName] = useField(() => '');
  const [role, setRole, latestRole] = useField(() => 'staff');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const active = (loaded.data?.data ?? []).filter((token) => token.revokedAt === null);

  async function create(event: Event) {
    event.preventDefault();
    // The latest values, even when the last input has not been rendered yet.
    const name = latestName.current;
    const role = latestRole.current;
    try {
      const answer = await desk.api.call<{ data: { name: string; token: string } }>('POST', '/v1/tokens', {
        name: name.trim(),
        role,
      });
      setCreated(answer.data);
      setName('');
      setMessage(undefined);
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  async function revoke(token: TokenRow) {
    try {
      await desk.api.call('DELETE', `/v1/tokens/${encodeURIComponent(token.id)}`);
      setMessage({ error: false, text: `Revoked ${token.name}.` });
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <div class="table-scroll">
        <table class="cards">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Starts with</th>
              <th scope="col">Last used</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {active.map((token) => (
              <tr key={token.id}>
                <td data-label="Name">{token.name}</td>
                <td data-label="Role">{roleLabel(token.role, roles)}</td>
                <td data-label="Starts with">
                  <code>{token.prefix}…</code>
                </td>
                <td data-label="Last used">{day(token.lastUsedAt)}</td>
                <td data-label="Actions" class="actions">
                  <button
                    type="button"
                    class="danger"
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => revoke(token)}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form class="row" onSubmit={create} aria-label="Create a token">
        <label>
          Token name
          <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <label>
          Token role
          <select value={role} onChange={(event) => setRole(event.currentTarget.value)}>
            <RoleOptions roles={roles} />
          </select>
        </label>
        <button type="submit">Create token</button>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      {created && (
        <section class="invitation" aria-label="New token">
          <p>
            The token <strong>{created.name}</strong> is shown this once: copy it now.
          </p>
          <input
            readOnly
            aria-label="New token"
            value={created.token}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton text={created.token} label="Copy token" />
        </section>
      )}
    </section>
  );
}
