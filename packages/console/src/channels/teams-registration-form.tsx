/** Registers a Microsoft app id (an Azure Bot) for one of the bots; the secret is sent, never shown again. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { BotSelect } from './bot-select.js';
import type { BotChoice } from './channel-types.js';

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function TeamsRegistrationForm(props: { bots: BotChoice[]; onSaved(): void }) {
  const desk = useDesk();
  const [appId, setAppId, latestAppId] = useField(() => '');
  const [botId, setBotId, latestBot] = useField(() => props.bots[0]?.id ?? '');
  const [tenantId, setTenantId, latestTenant] = useField(() => '');
  const [password, setPassword, latestPassword] = useField(() => '');
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const id = latestAppId.current;
    if (!APP_ID.test(id)) return setError('App id: a Microsoft app id (a GUID).');
    setError('');
    const tenant = latestTenant.current.trim();
    const secret = latestPassword.current;
    try {
      await desk.api.call('PUT', `/v1/teams/registrations/${encodeURIComponent(id)}`, {
        botId: latestBot.current,
        ...(tenant ? { tenantId: tenant } : {}),
        ...(secret ? { password: secret } : {}),
      });
      setAppId('');
      setTenantId('');
      setPassword('');
      props.onSaved();
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="fields" onSubmit={submit} aria-labelledby="teams-register">
      <h3 id="teams-register">Register a Teams app</h3>
      <label>
        App id
        <input value={appId} onInput={(event) => setAppId(event.currentTarget.value.trim())} />
      </label>
      <BotSelect label="Answers as" bots={props.bots} value={botId} onChange={setBotId} />
      <label>
        Tenant id (single-tenant apps)
        <input value={tenantId} onInput={(event) => setTenantId(event.currentTarget.value)} />
      </label>
      <label>
        Client secret
        <input
          type="password"
          autoComplete="off"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      <button type="submit">Register app</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
