/** The console's screens as `#/…` hash routes, so reloads and the back button work without a server router. */

export type Route =
  | { name: 'tickets' }
  | { name: 'ticket'; id: string }
  | { name: 'conversations' }
  | { name: 'conversation'; id: string }
  | { name: 'csat' }
  | { name: 'sites' }
  | { name: 'bots' }
  | { name: 'bot'; id: string }
  | { name: 'widget'; id?: string }
  | { name: 'team' }
  | { name: 'channels' }
  | { name: 'analytics' }
  | { name: 'knowledge'; id?: string }
  | { name: 'integrations' }
  | { name: 'log' }
  | { name: 'cannedReplies' }
  | { name: 'welcome'; secret: string }
  | { name: 'ssoError'; code: string };

/** Reads a route from `location.hash`; anything unknown is the ticket list. */
export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (section === 'tickets' && id) return { name: 'ticket', id };
  if (section === 'conversations' && id) return { name: 'conversation', id };
  if (section === 'bots' && id) return { name: 'bot', id };
  if (section === 'welcome' && id) return { name: 'welcome', secret: id };
  if (section === 'sso-error' && id) return { name: 'ssoError', code: id };
  if (section === 'widget') return id ? { name: 'widget', id } : { name: 'widget' };
  if (section === 'knowledge') return id ? { name: 'knowledge', id } : { name: 'knowledge' };
  if (section === 'conversations' || section === 'csat' || section === 'sites') return { name: section };
  if (section === 'bots' || section === 'team' || section === 'channels') return { name: section };
  if (section === 'analytics') return { name: section };
  if (section === 'integrations' || section === 'log') return { name: section };
  if (section === 'canned-replies') return { name: 'cannedReplies' };
  return { name: 'tickets' };
}

/** The hash of a route, e.g. `#/tickets/T-1`. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'ticket':
      return `#/tickets/${encodeURIComponent(route.id)}`;
    case 'conversation':
      return `#/conversations/${encodeURIComponent(route.id)}`;
    case 'bot':
      return `#/bots/${encodeURIComponent(route.id)}`;
    case 'widget':
      return route.id ? `#/widget/${encodeURIComponent(route.id)}` : '#/widget';
    case 'knowledge':
      return route.id ? `#/knowledge/${encodeURIComponent(route.id)}` : '#/knowledge';
    case 'welcome':
      return `#/welcome/${encodeURIComponent(route.secret)}`;
    case 'cannedReplies':
      return '#/canned-replies';
    case 'ssoError':
      return `#/sso-error/${encodeURIComponent(route.code)}`;
    default:
      return `#/${route.name}`;
  }
}
