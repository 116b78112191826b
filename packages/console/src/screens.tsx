/** Which screen a route shows. The ticket screens come with the first load; every other screen is its own chunk. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from './desk-context.js';
import { lazyScreen } from './lazy-screen.js';
import type { Route } from './route.js';
import { TicketDetail } from './ticket-detail.js';
import { TicketList } from './ticket-list.js';

const ConversationList = lazyScreen(async () => (await import('./conversation-list.js')).ConversationList);
const ConversationScreen = lazyScreen(
  async () => (await import('./conversation-list.js')).ConversationScreen,
);
const CsatResults = lazyScreen(async () => (await import('./csat-results.js')).CsatResults);
const AllowedSites = lazyScreen(async () => (await import('./allowed-sites.js')).AllowedSites);
const BotsScreen = lazyScreen(async () => (await import('./bots/bots-screen.js')).BotsScreen);
const BotScreen = lazyScreen(async () => (await import('./bots/bot-screen.js')).BotScreen);
const WidgetScreen = lazyScreen(async () => (await import('./widget/widget-screen.js')).WidgetScreen);
const TeamScreen = lazyScreen(async () => (await import('./team/team-screen.js')).TeamScreen);
const CannedRepliesScreen = lazyScreen(
  async () => (await import('./desk/canned-replies-screen.js')).CannedRepliesScreen,
);
const ChannelsScreen = lazyScreen(async () => (await import('./channels/channels-screen.js')).ChannelsScreen);
const AnalyticsScreen = lazyScreen(
  async () => (await import('./analytics/analytics-screen.js')).AnalyticsScreen,
);
const KnowledgeScreen = lazyScreen(
  async () => (await import('./knowledge/knowledge-screen.js')).KnowledgeScreen,
);
const IntegrationsScreen = lazyScreen(
  async () => (await import('./integrations/integrations-screen.js')).IntegrationsScreen,
);
const LogScreen = lazyScreen(async () => (await import('./log/log-screen.js')).LogScreen);

/** Shown instead of a screen the signed-in member may not open. */
function NotAllowed({ what }: { what: string }) {
  return (
    <section aria-labelledby="not-allowed">
      <h1 id="not-allowed">Not allowed</h1>
      <p>Your role may not open {what}. Ask an owner or admin.</p>
    </section>
  );
}

export function Screen({ route }: { route: Route }) {
  const desk = useDesk();
  switch (route.name) {
    case 'ticket':
      return desk.can('tickets:read') ? (
        <TicketDetail key={route.id} id={route.id} />
      ) : (
        <NotAllowed what="the tickets" />
      );
    case 'conversations':
      return desk.can('conversations:read') ? <ConversationList /> : <NotAllowed what="the conversations" />;
    case 'conversation':
      return desk.can('conversations:read') ? (
        <ConversationScreen key={route.id} id={route.id} />
      ) : (
        <NotAllowed what="the conversations" />
      );
    case 'csat':
      return desk.can('tickets:read') ? <CsatResults /> : <NotAllowed what="the CSAT results" />;
    case 'sites':
      return desk.can('bots:read') ? <AllowedSites /> : <NotAllowed what="the sites" />;
    case 'bots':
      return desk.can('bots:write') ? <BotsScreen /> : <NotAllowed what="the bots" />;
    case 'bot':
      return desk.can('bots:write') ? (
        <BotScreen key={route.id} id={route.id} />
      ) : (
        <NotAllowed what="the bots" />
      );
    case 'widget':
      return desk.can('bots:write') ? (
        <WidgetScreen key={route.id} id={route.id} />
      ) : (
        <NotAllowed what="the widget" />
      );
    case 'team':
      return desk.can('members:write') ? <TeamScreen /> : <NotAllowed what="the team screen" />;
    case 'knowledge':
      return desk.can('bots:read') ? (
        <KnowledgeScreen key={route.id ?? ''} id={route.id} />
      ) : (
        <NotAllowed what="the knowledge" />
      );
    case 'channels':
      return desk.can('integrations:read') ? <ChannelsScreen /> : <NotAllowed what="the channels" />;
    case 'analytics':
      return desk.can('conversations:read') ? <AnalyticsScreen /> : <NotAllowed what="the analytics" />;
    case 'integrations':
      return desk.can('integrations:write') ? <IntegrationsScreen /> : <NotAllowed what="the integrations" />;
    case 'log':
      return desk.can('logs:read') ? <LogScreen /> : <NotAllowed what="the request log" />;
    case 'cannedReplies':
      return desk.can('tickets:write') ? <CannedRepliesScreen /> : <NotAllowed what="the canned replies" />;
    default:
      return desk.can('tickets:read') ? <TicketList /> : <NotAllowed what="the tickets" />;
  }
}
