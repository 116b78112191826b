/** The console: sign-in, then the navigation and the screen of the current `#/…` route. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { allows, homeOf } from './access.js';
import { type Api, ApiError, createApi } from './api.js';
import { type Desk, DeskContext } from './desk-context.js';
import { NoScreens } from './no-screens.js';
import { parseRoute, type Route } from './route.js';
import { Screen } from './screens.js';
import { currentSession, sessionApi, signOutSession } from './session.js';
import { SignIn } from './sign-in.js';
import { loadToken, saveToken } from './token-storage.js';
import { useLiveDesk } from './use-live-desk.js';
import { Welcome } from './welcome-lazy.js';

/** Why an SSO sign-in came back without a session (`#/sso-error/<code>`). */
const SSO_NOTICE: Record<string, string> = {
  'unknown-member': "Your SSO account's e-mail is not a member here. Ask an owner or admin to invite you.",
  'unverified-email': 'Your SSO provider did not vouch for your e-mail address.',
  'several-workspaces': 'Your e-mail belongs to several workspaces: sign in with your password instead.',
  unreachable: 'The SSO provider could not be reached. Try again, or sign in with your password.',
  failed: 'Signing in with SSO failed. Try again.',
};

const SIGNED_OUT_NOTICE: Record<number, string> = {
  401: 'You were signed out (the session ended, or the token is not valid, expired or revoked). Sign in again.',
  403: 'Your role no longer allows this (it was changed). Sign in again.',
};

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The sections of the navigation, each shown to those with the permission it needs. */
const NAV: [Route['name'], string, string, string][] = [
  ['tickets', '#/tickets', 'Tickets', 'tickets:read'],
  ['conversations', '#/conversations', 'Conversations', 'conversations:read'],
  ['csat', '#/csat', 'CSAT', 'tickets:read'],
  ['cannedReplies', '#/canned-replies', 'Canned replies', 'tickets:write'],
  ['bots', '#/bots', 'Bots', 'bots:write'],
  ['widget', '#/widget', 'Widget', 'bots:write'],
  ['sites', '#/sites', 'Sites', 'bots:read'],
  ['knowledge', '#/knowledge', 'Knowledge', 'bots:read'],
  ['team', '#/team', 'Team', 'members:write'],
  ['channels', '#/channels', 'Channels', 'integrations:read'],
  ['analytics', '#/analytics', 'Analytics', 'conversations:read'],
  ['integrations', '#/integrations', 'Integrations', 'integrations:write'],
  ['log', '#/log', 'Request log', 'logs:read'],
];

const SECTION_OF: Partial<Record<Route['name'], Route['name']>> = {
  ticket: 'tickets',
  conversation: 'conversations',
  bot: 'bots',
};

/** What the credentials may do, from `GET /v1/me`; undefined until it answers (a 401 signs out). */
function usePermissions(api: Api, onSignOut: (notice?: string) => void): ReadonlySet<string> | undefined {
  const [permissions, setPermissions] = useState<ReadonlySet<string>>();
  useEffect(() => {
    api.call<{ data: { permissions: string[] } }>('GET', '/v1/me').then(
      (me) => setPermissions(new Set(me.data.permissions)),
      (error) => {
        if (error instanceof ApiError && error.status === 401) onSignOut(SIGNED_OUT_NOTICE[401]);
        else setPermissions(new Set());
      },
    );
  }, [api, onSignOut]);
  return permissions;
}

/** Waits for what the credentials may do, then shows the desk they allow. */
function Console({ api, onSignOut }: { api: Api; onSignOut(notice?: string): void }) {
  const permissions = usePermissions(api, onSignOut);
  if (!permissions) return <p class="muted">Loading…</p>;
  return <SignedInDesk api={api} onSignOut={onSignOut} permissions={permissions} />;
}

function SignedInDesk({
  api,
  onSignOut,
  permissions,
}: {
  api: Api;
  onSignOut(notice?: string): void;
  permissions: ReadonlySet<string>;
}) {
  const route = useRoute();
  // The live stream carries ticket and message events: only for those who may read tickets.
  const streams = allows(permissions, 'tickets:read');
  const live = useLiveDesk(api, streams, (error) => onSignOut(SIGNED_OUT_NOTICE[error.status]));
  const section = SECTION_OF[route.name] ?? route.name;
  const desk = useMemo<Desk>(
    () => ({
      api,
      ticketsVersion: live.ticketsVersion,
      messagesVersion: live.messagesVersion,
      conversations: live.conversations,
      fail(error) {
        // Any member or token may sign in: a refusal (403) is shown; only a 401 signs out.
        if (error instanceof ApiError && error.status === 401) onSignOut(SIGNED_OUT_NOTICE[401]);
        return error instanceof Error ? error.message : 'Something went wrong.';
      },
      explain(error) {
        if (error instanceof ApiError && error.status === 401) onSignOut(SIGNED_OUT_NOTICE[401]);
        return error instanceof Error ? error.message : 'Something went wrong.';
      },
      can: (permission) => allows(permissions, permission),
    }),
    [api, live.ticketsVersion, live.messagesVersion, live.conversations, onSignOut, permissions],
  );
  return (
    <DeskContext.Provider value={desk}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <strong>Frontdesk</strong>
        <nav aria-label="Sections">
          {NAV.filter(([, , , needs]) => desk.can(needs)).map(([name, href, label]) => (
            <a key={name} href={href} aria-current={section === name ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        {streams && (
          <span class={`live live-${live.status}`}>
            {live.status === 'live'
              ? 'Live'
              : live.status === 'connecting'
                ? 'Connecting…'
                : 'Offline, retrying'}
          </span>
        )}
        <button type="button" onClick={() => onSignOut()}>
          Sign out
        </button>
      </header>
      <div class="visually-hidden" aria-live="polite">
        {live.announcement}
      </div>
      <main id="main" tabIndex={-1}>
        {route.name === 'tickets' && !desk.can('tickets:read') ? (
          <Home
            href={homeOf(
              NAV.map(([, href, , needs]) => [href, needs] as const),
              desk.can,
            )}
          />
        ) : (
          <Screen route={route} />
        )}
      </main>
    </DeskContext.Provider>
  );
}

/** The start (`#/tickets`) for those who may not read tickets: their first screen, or a page saying there is none. */
function Home({ href }: { href: string | undefined }) {
  useEffect(() => {
    if (href) location.replace(href);
  }, [href]);
  return href ? <p class="muted">Loading…</p> : <NoScreens />;
}

/** The whole app: an API token lives in sessionStorage; a password sign-in in an HttpOnly cookie. */
export function App() {
  const route = useRoute();
  const [api, setApi] = useState<Api | null | undefined>(() => {
    const token = loadToken();
    return token ? createApi(token) : undefined;
  });
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    if (api !== undefined) return;
    currentSession().then(
      (session) => setApi(session ? sessionApi(session) : null),
      () => setApi(null),
    );
  }, [api]);
  const signOut = useMemo(
    () => (message?: string) => {
      if (api) void signOutSession(api);
      saveToken(null);
      setNotice(message);
      setApi(null);
    },
    [api],
  );
  const signedIn = (next: Api) => {
    saveToken(next.token ?? null);
    setNotice(undefined);
    setApi(next);
    const from = parseRoute(location.hash).name;
    if (from === 'welcome' || from === 'ssoError') location.hash = '#/tickets';
  };
  if (route.name === 'welcome' && !api) return <Welcome secret={route.secret} onSignedIn={signedIn} />;
  if (api === undefined)
    return (
      <main class="sign-in">
        <p class="muted">Loading…</p>
      </main>
    );
  if (!api) {
    const ssoNotice = route.name === 'ssoError' ? (SSO_NOTICE[route.code] ?? SSO_NOTICE.failed) : undefined;
    return <SignIn notice={notice ?? ssoNotice} onSignedIn={signedIn} />;
  }
  return <Console api={api} onSignOut={signOut} />;
}
