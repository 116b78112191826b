/** The console's screens as `#/…` hash routes, so reloads and the back button work without a server router. */

export type Route =
  | { name: 'tickets' }
  | { name: 'ticket'; id: string }
  | { name: 'conversations' }
  | { name: 'conversation'; id: string }
  | { name: 'csat' }
  | { name: 'sites' };

/** Reads a route from `location.hash`; anything unknown is the ticket list. */
export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (section === 'tickets' && id) return { name: 'ticket', id };
  if (section === 'conversations' && id) return { name: 'conversation', id };
  if (section === 'conversations') return { name: 'conversations' };
  if (section === 'csat') return { name: 'csat' };
  if (section === 'sites') return { name: 'sites' };
  return { name: 'tickets' };
}

/** The hash of a route, e.g. `#/tickets/T-1`. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'ticket':
      return `#/tickets/${encodeURIComponent(route.id)}`;
    case 'conversation':
      return `#/conversations/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}
