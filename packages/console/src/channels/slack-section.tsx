/** Slack: the installations with their default bots and channel routes (removable), routing a channel to another bot, "Add to Slack" links. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { type BotChoice, connectionName, type SlackConnection } from './channel-types.js';
import { ConnectionTest } from './connection-test.js';
import { InstallLinkForm } from './install-link-form.js';
import { RouteChannelForm } from './route-channel-form.js';
import { RouteList } from './route-list.js';

export function SlackSection({ bots }: { bots: BotChoice[] }) {
  const desk = useDesk();
  const loaded = useLoad(
    // `configured: false`: Slack is not set up on this server; `null`, shown as such.
    () =>
      desk.api
        .call<{ data: SlackConnection[]; configured: boolean }>('GET', '/v1/slack/connections')
        .then((answer) => (answer.configured ? answer : null)),
    [],
  );
  const connections = loaded.data?.data ?? [];
  const writable = desk.can('integrations:write');
  const [error, setError] = useState('');

  async function unroute(connectionId: string, channelId: string) {
    setError('');
    try {
      await desk.api.call(
        'DELETE',
        `/v1/slack/connections/${encodeURIComponent(connectionId)}/channels/${encodeURIComponent(channelId)}`,
      );
      loaded.reload();
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <section aria-labelledby="slack-heading">
      <h2 id="slack-heading">Slack</h2>
      {(loaded.error || error) && (
        <p role="alert" class="error">
          {loaded.error || error}
        </p>
      )}
      {loaded.data === null && (
        <p class="muted">
          Slack is not set up on this server (SLACK_SIGNING_SECRET and SLACK_CLIENT_ID / SLACK_CLIENT_SECRET).
        </p>
      )}
      {loaded.data && (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Slack installations</caption>
            <thead>
              <tr>
                <th scope="col">Slack workspace</th>
                <th scope="col">Default bot</th>
                <th scope="col">Channel routes</th>
                {writable && <th scope="col">Status</th>}
              </tr>
            </thead>
            <tbody>
              {connections.map((connection) => (
                <tr key={connection.id}>
                  <td>{connectionName(connection)}</td>
                  <td>{connection.botId}</td>
                  <td>
                    <RouteList
                      routes={connection.routes}
                      onRemove={writable ? (channelId) => unroute(connection.id, channelId) : undefined}
                    />
                  </td>
                  {writable && (
                    <td>
                      <ConnectionTest
                        path={`/v1/slack/connections/${encodeURIComponent(connection.id)}/test`}
                        name={connectionName(connection)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.data && connections.length === 0 && <p class="muted">No Slack installations yet.</p>}
      {loaded.data && !writable && <p class="muted">Only owners and admins change Slack routes.</p>}
      {loaded.data && writable && connections.length > 0 && bots.length > 0 && (
        <RouteChannelForm connections={connections} bots={bots} onRouted={loaded.reload} />
      )}
      {loaded.data && writable && bots.length > 0 && <InstallLinkForm bots={bots} />}
    </section>
  );
}
