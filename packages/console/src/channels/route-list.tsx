/** A connection's channel routes in a table cell, "channel → bot", each with a remove button for admins. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

export function RouteList(props: {
  routes: { channelId: string; botId: string }[];
  /** Absent for roles that may not change routes: no buttons then. */
  onRemove?: ((channelId: string) => void) | undefined;
}) {
  const { onRemove } = props;
  if (props.routes.length === 0) return <span>None</span>;
  return (
    <ul class="routes">
      {props.routes.map((route) => (
        <li key={route.channelId}>
          <code>{route.channelId}</code> → {route.botId}{' '}
          {onRemove && (
            <button
              type="button"
              class="link"
              aria-label={`Remove the route of ${route.channelId}`}
              onClick={() => onRemove(route.channelId)}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
