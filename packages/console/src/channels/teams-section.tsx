/** Teams: the registered Microsoft app ids and their bots (secrets never shown), with add and remove. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { type BotChoice, notSetUpAsNull, type TeamsRegistration } from './channel-types.js';
import { TeamsRegistrationForm } from './teams-registration-form.js';
import { TeamsRouteForm } from './teams-route-form.js';

export function TeamsSection({ bots }: { bots: BotChoice[] }) {
  const desk = useDesk();
  const loaded = useLoad(
    () => notSetUpAsNull(desk.api.call<{ data: TeamsRegistration[] }>('GET', '/v1/teams/registrations')),
    [],
  );
  const [error, setError] = useState('');
  const registrations = loaded.data?.data ?? [];
  const writable = desk.can('integrations:write');

  async function remove(appId: string) {
    setError('');
    try {
      await desk.api.call('DELETE', `/v1/teams/registrations/${encodeURIComponent(appId)}`);
      loaded.reload();
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <section aria-labelledby="teams-heading">
      <h2 id="teams-heading">Microsoft Teams</h2>
      {(loaded.error || error) && (
        <p role="alert" class="error">
          {loaded.error || error}
        </p>
      )}
      {loaded.data === null && (
        <p class="muted">
          Teams is not set up on this server (MICROSOFT_APP_ID or FRONTDESK_TEAMS_EMULATOR).
        </p>
      )}
      {loaded.data && (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Teams registrations</caption>
            <thead>
              <tr>
                <th scope="col">App id</th>
                <th scope="col">Bot</th>
                <th scope="col">Secret</th>
                {writable && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {registrations.map((registration) => (
                <tr key={registration.appId}>
                  <td>
                    <code>{registration.appId}</code>
                    {registration.tenantId && <span class="muted"> (tenant {registration.tenantId})</span>}
                  </td>
                  <td>{registration.botId}</td>
                  <td>{registration.hasSecret ? 'Set' : 'None'}</td>
                  {writable && (
                    <td>
                      <button
                        type="button"
                        aria-label={`Remove ${registration.appId}`}
                        onClick={() => remove(registration.appId)}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.data && registrations.length === 0 && <p class="muted">No Teams registrations yet.</p>}
      {loaded.data && writable && bots.length > 0 && (
        <TeamsRegistrationForm bots={bots} onSaved={loaded.reload} />
      )}
      {loaded.data && writable && bots.length > 0 && (
        <TeamsRouteForm registrations={registrations} bots={bots} />
      )}
    </section>
  );
}
