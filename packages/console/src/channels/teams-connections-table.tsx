/** The Teams connections: app id (or this server's own), default bot, secret, channel routes, with Test and remove buttons. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { type TeamsRegistration, teamsConnectionName } from './channel-types.js';
import { ConnectionTest } from './connection-test.js';
import { RouteList } from './route-list.js';

export function TeamsConnectionsTable(props: {
  connections: TeamsRegistration[];
  /** Absent for roles that may not change them: no buttons then. */
  onRemove?: (appId: string) => void;
  onUnroute?: (connection: TeamsRegistration, channelId: string) => void;
}) {
  const { onRemove, onUnroute } = props;
  const writable = onRemove !== undefined;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">Teams apps and their channel routes</caption>
        <thead>
          <tr>
            <th scope="col">Teams app</th>
            <th scope="col">Default bot</th>
            <th scope="col">Secret</th>
            <th scope="col">Channel routes</th>
            {writable && <th scope="col">Status</th>}
            {writable && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {props.connections.map((connection) => (
            <tr key={connection.connectionId}>
              <td>
                {connection.kind === 'registration' ? (
                  <code>{teamsConnectionName(connection)}</code>
                ) : (
                  teamsConnectionName(connection)
                )}
                {connection.tenantId && <span class="muted"> (tenant {connection.tenantId})</span>}
              </td>
              <td>{connection.botId}</td>
              <td>{connection.hasSecret ? 'Set' : 'None'}</td>
              <td>
                <RouteList
                  routes={connection.routes}
                  onRemove={onUnroute && ((channelId) => onUnroute(connection, channelId))}
                />
              </td>
              {writable && (
                <td>
                  {connection.appId ? (
                    <ConnectionTest
                      path={`/v1/teams/registrations/${encodeURIComponent(connection.connectionId)}/test`}
                      name={teamsConnectionName(connection)}
                    />
                  ) : (
                    <span class="muted">No app id</span>
                  )}
                </td>
              )}
              {writable && (
                <td>
                  {connection.kind === 'registration' && connection.appId ? (
                    <button
                      type="button"
                      aria-label={`Remove ${connection.appId}`}
                      onClick={() => connection.appId && onRemove(connection.appId)}
                    >
                      Remove
                    </button>
                  ) : (
                    <span class="muted">Set by the server</span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
