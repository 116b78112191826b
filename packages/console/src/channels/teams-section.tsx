/** Teams: this server's app id (if any) and the registered Microsoft app ids, their bots and channel routes. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import type { BotChoice, TeamsRegistration } from './channel-types.js';
import { TeamsConnectionsTable } from './teams-connections-table.js';
import { TeamsRegistrationForm } from './teams-registration-form.js';
import { TeamsRouteForm } from './teams-route-form.js';

export function TeamsSection({ bots }: { bots: BotChoice[] }) {
  const desk = useDesk();
  const loaded = useLoad(
    () => desk.api.call<{ data: TeamsRegistration[] }>('GET', '/v1/teams/registrations'),
    [],
  );
  const [error, setError] = useState('');
  const connections = loaded.data?.data ?? [];
  const registered = connections.filter((connection) => connection.kind === 'registration');
  const writable = desk.can('integrations:write');

  async function change(path: string) {
    setError('');
    try {
      await desk.api.call('DELETE', path);
      loaded.reload();
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }
  const remove = (appId: string) => change(`/v1/teams/registrations/${encodeURIComponent(appId)}`);
  const unroute = (connection: TeamsRegistration, channelId: string) =>
    change(
      `/v1/teams/connections/${encodeURIComponent(connection.connectionId)}/channels/${encodeURIComponent(channelId)}`,
    );

  return (
    <section aria-labelledby="teams-heading">
      <h2 id="teams-heading">Microsoft Teams</h2>
      {(loaded.error || error) && (
        <p role="alert" class="error">
          {loaded.error || error}
        </p>
      )}
      {loaded.data && (
        <p class="muted">
          Each registered app id answers at /api/messages as soon as it is added; no restart, no
          MICROSOFT_APP_ID needed.
        </p>
      )}
      {loaded.data && connections.length > 0 && (
        <TeamsConnectionsTable
          connections={connections}
          {...(writable ? { onRemove: remove, onUnroute: unroute } : {})}
        />
      )}
      {loaded.data && registered.length === 0 && <p class="muted">No Teams registrations yet.</p>}
      {loaded.data && !writable && <p class="muted">Only owners and admins change Teams apps and routes.</p>}
      {loaded.data && writable && bots.length > 0 && (
        <TeamsRegistrationForm bots={bots} onSaved={loaded.reload} />
      )}
      {loaded.data && writable && bots.length > 0 && connections.length > 0 && (
        <TeamsRouteForm
          key={connections.map((connection) => connection.connectionId).join(' ')}
          connections={connections}
          bots={bots}
          onRouted={loaded.reload}
        />
      )}
    </section>
  );
}
