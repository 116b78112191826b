/** Integrations: Jira, ServiceNow and webhooks — status, test, connect, edit, pause, delete (owners and admins). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDelete } from '../confirm-delete.js';
import { useDesk } from '../desk-context.js';
import { formatDate } from '../format.js';
import { useLoad } from '../use-load.js';
import { IntegrationForm } from './integration-form.js';
import {
  type BotTickets,
  type CheckResult,
  destination,
  type IntegrationRow,
  isTicketKind,
  KIND_NAMES,
} from './integration-types.js';

type Notice = { error: boolean; text: string };

export function IntegrationsScreen() {
  const desk = useDesk();
  const loaded = useLoad(
    () =>
      Promise.all([
        desk.api.call<{ data: IntegrationRow[] }>('GET', '/v1/integrations'),
        desk.api.call<{ data: BotTickets[] }>('GET', '/v1/bots'),
      ]),
    [],
  );
  const rows = (loaded.data?.[0].data ?? []).filter((row) => isTicketKind(row.kind));
  const bots = loaded.data?.[1].data ?? [];
  const [editing, setEditing] = useState<IntegrationRow | 'new' | undefined>();
  const [notice, setNotice] = useState<Notice>();
  const [testing, setTesting] = useState('');

  async function act(run: () => Promise<unknown>, done: string) {
    setNotice(undefined);
    try {
      await run();
      setNotice({ error: false, text: done });
      loaded.reload();
    } catch (failure) {
      setNotice({ error: true, text: desk.explain(failure) });
    }
  }

  async function test(row: IntegrationRow) {
    setNotice(undefined);
    setTesting(row.id);
    try {
      const checked = await desk.api.call<{ data: CheckResult }>('POST', `/v1/integrations/${row.id}/test`);
      const { ok, message } = checked.data;
      setNotice({ error: !ok, text: `${row.name}: ${ok ? 'test passed' : 'test failed'}. ${message}` });
    } catch (failure) {
      setNotice({ error: true, text: `${row.name}: ${desk.explain(failure)}` });
    } finally {
      setTesting('');
    }
  }

  /** Bots sending tickets here keep them in the desk from now on; then the integration goes. */
  async function remove(row: IntegrationRow) {
    for (const bot of bots.filter((each) => each.settings.ticketPolicy?.integrationId === row.id)) {
      await desk.api.call('PATCH', `/v1/bots/${encodeURIComponent(bot.id)}`, {
        settings: { ticketPolicy: { integrationId: null } },
      });
    }
    await desk.api.call('DELETE', path(row));
  }

  const usedBy = (row: IntegrationRow) =>
    bots
      .filter((bot) => bot.settings.ticketPolicy?.integrationId === row.id)
      .map((bot) => bot.name)
      .join(', ') || 'No bot';
  const path = (row: IntegrationRow) => `/v1/integrations/${encodeURIComponent(row.id)}`;

  return (
    <section aria-labelledby="integrations-heading">
      <h1 id="integrations-heading">Integrations</h1>
      <p class="muted">
        Where a bot's tickets go when a visitor asks for a person. Secrets are write-only. OpenAI and Enjo
        keys are set on each bot's agent.
      </p>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {rows.length > 0 && (
        <div class="table-scroll">
          <table class="cards">
            <caption class="visually-hidden">Ticket integrations</caption>
            <thead>
              <tr>
                <th scope="col">Integration</th>
                <th scope="col">Sends to</th>
                <th scope="col">Status</th>
                <th scope="col">Last delivery</th>
                <th scope="col">Last error</th>
                <th scope="col">Tickets of</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td data-label="Integration">
                    <span>
                      {row.name} <span class="muted">{KIND_NAMES[row.kind as keyof typeof KIND_NAMES]}</span>
                    </span>
                  </td>
                  <td data-label="Sends to">{destination(row)}</td>
                  <td data-label="Status">
                    <span class={row.status === 'active' ? 'state-on' : 'state-off'}>
                      {row.status === 'active' ? 'Active' : 'Paused'}
                    </span>
                    {!row.secret && <span class="muted"> (no secret)</span>}
                  </td>
                  <td data-label="Last delivery">
                    {row.delivery.last_delivered_at ? formatDate(row.delivery.last_delivered_at) : 'Never'}
                  </td>
                  <td data-label="Last error">
                    {row.delivery.last_error ? (
                      <span>
                        <span class="error">{row.delivery.last_error}</span>{' '}
                        {row.delivery.last_error_at && (
                          <span class="muted">{formatDate(row.delivery.last_error_at)}</span>
                        )}
                      </span>
                    ) : (
                      'None'
                    )}
                  </td>
                  <td data-label="Tickets of">{usedBy(row)}</td>
                  <td data-label="Actions">
                    <div class="row actions">
                      <button
                        type="button"
                        aria-label={`Test ${row.name}`}
                        disabled={testing === row.id}
                        onClick={() => test(row)}
                      >
                        {testing === row.id ? 'Testing…' : 'Test'}
                      </button>
                      <button type="button" aria-label={`Edit ${row.name}`} onClick={() => setEditing(row)}>
                        Edit
                      </button>
                      <button
                        type="button"
                        aria-label={`${row.status === 'active' ? 'Pause' : 'Resume'} ${row.name}`}
                        onClick={() =>
                          act(
                            () =>
                              desk.api.call('PATCH', path(row), {
                                status: row.status === 'active' ? 'inactive' : 'active',
                              }),
                            `${row.name} is ${row.status === 'active' ? 'paused: tickets stay in the desk' : 'active again'}.`,
                          )
                        }
                      >
                        {row.status === 'active' ? 'Pause' : 'Resume'}
                      </button>
                      <ConfirmDelete
                        what={row.name}
                        label={`Delete ${row.name}`}
                        onConfirm={() => act(() => remove(row), `Deleted ${row.name}.`)}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.data && rows.length === 0 && <p class="muted">No ticket system is connected yet.</p>}
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'muted'}>
          {notice.text}
        </p>
      )}
      {editing ? (
        <IntegrationForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? undefined : editing}
          bots={bots}
          onSaved={(text) => {
            setEditing(undefined);
            setNotice({ error: false, text });
            loaded.reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          Connect a ticket system
        </button>
      )}
    </section>
  );
}
