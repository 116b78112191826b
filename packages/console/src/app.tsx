/** The console: sign-in, then the navigation and the screen of the current `#/…` route. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AllowedSites } from './allowed-sites.js';
import { type Api, ApiError, createApi } from './api.js';
import { ConversationList, ConversationScreen } from './conversation-list.js';
import { CsatResults } from './csat-results.js';
import { type Desk, DeskContext } from './desk-context.js';
import { parseRoute, type Route } from './route.js';
import { SignIn } from './sign-in.js';
import { TicketDetail } from './ticket-detail.js';
import { TicketList } from './ticket-list.js';
import { loadToken, saveToken } from './token-storage.js';
import { useLiveDesk } from './use-live-desk.js';

const SIGNED_OUT_NOTICE: Record<number, string> = {
  401: 'Your token was refused (not valid, expired or revoked). Sign in again.',
  403: 'Your token may not do this: the console needs a staff, admin or owner token. Sign in again.',
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

function Screen({ route }: { route: Route }) {
  if (route.name === 'ticket') return <TicketDetail key={route.id} id={route.id} />;
  if (route.name === 'conversations') return <ConversationList />;
  if (route.name === 'conversation') return <ConversationScreen key={route.id} id={route.id} />;
  if (route.name === 'csat') return <CsatResults />;
  if (route.name === 'sites') return <AllowedSites />;
  return <TicketList />;
}

const NAV: [Route['name'], string, string][] = [
  ['tickets', '#/tickets', 'Tickets'],
  ['conversations', '#/conversations', 'Conversations'],
  ['csat', '#/csat', 'CSAT'],
  ['sites', '#/sites', 'Sites'],
];

function Console({ api, onSignOut }: { api: Api; onSignOut(notice?: string): void }) {
  const route = useRoute();
  const live = useLiveDesk(api.token, (error) => onSignOut(SIGNED_OUT_NOTICE[error.status]));
  const section =
    route.name === 'ticket' ? 'tickets' : route.name === 'conversation' ? 'conversations' : route.name;
  const desk = useMemo<Desk>(
    () => ({
      api,
      ticketsVersion: live.ticketsVersion,
      messagesVersion: live.messagesVersion,
      conversations: live.conversations,
      fail(error) {
        if (error instanceof ApiError && error.isAuth) onSignOut(SIGNED_OUT_NOTICE[error.status]);
        return error instanceof Error ? error.message : 'Something went wrong.';
      },
    }),
    [api, live.ticketsVersion, live.messagesVersion, live.conversations, onSignOut],
  );
  return (
    <DeskContext.Provider value={desk}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <strong>Frontdesk</strong>
        <nav aria-label="Sections">
          {NAV.map(([name, href, label]) => (
            <a key={name} href={href} aria-current={section === name ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <span class={`live live-${live.status}`}>
          {live.status === 'live'
            ? 'Live'
            : live.status === 'connecting'
              ? 'Connecting…'
              : 'Offline, retrying'}
        </span>
        <button type="button" onClick={() => onSignOut()}>
          Sign out
        </button>
      </header>
      <div class="visually-hidden" aria-live="polite">
        {live.announcement}
      </div>
      <main id="main" tabIndex={-1}>
        <Screen route={route} />
      </main>
    </DeskContext.Provider>
  );
}

/** The whole app; the token lives in sessionStorage, so a reload keeps you signed in. */
export function App() {
  const [api, setApi] = useState<Api | null>(() => {
    const token = loadToken();
    return token ? createApi(token) : null;
  });
  const [notice, setNotice] = useState<string>();
  const signOut = useMemo(
    () => (message?: string) => {
      saveToken(null);
      setNotice(message);
      setApi(null);
    },
    [],
  );
  if (!api) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(signedIn) => {
          saveToken(signedIn.token);
          setNotice(undefined);
          setApi(signedIn);
        }}
      />
    );
  }
  return <Console api={api} onSignOut={signOut} />;
}
