/** `createWidgetApi`: the website widget's public API under `/widget/v1`, and the web channel's delivery port. */
import type { Clock, Core, EventBus, RateLimiter, Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { limitBody } from '@frontdesk/http/middleware/body-limit';
import { createResumeLinks } from '@frontdesk/services/email/resume-link';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import { fileStorageFor } from '@frontdesk/services/files/file-storage-for';
import type { StreamLimiter } from '@frontdesk/services/limits/stream-limits';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import { Hono, type MiddlewareHandler } from 'hono';
import { attachmentDownload } from './attachment-download.js';
import { attachmentUpload } from './attachment-upload.js';
import { conversationRoutes } from './conversation-routes.js';
import { eventsRoute } from './events-route.js';
import { messageRoute } from './message-route.js';
import { createPresence, type Presence } from './presence.js';
import { presenceRoutes } from './presence-routes.js';
import { sessionRoute } from './session-route.js';
import { teaserRoute } from './teaser-route.js';
import { createTicketLinks } from './ticket-links.js';
import { ticketPage } from './ticket-page.js';
import { requireVisitor } from './visitor-auth.js';
import { visitorRoutes } from './visitor-routes.js';
import { createVisitorTokens } from './visitor-token.js';
import { createWebDelivery, type WebDelivery } from './web-delivery.js';
import { widgetCors } from './widget-cors.js';
import type { WidgetEnv } from './widget-env.js';

export interface WidgetApiOptions {
  store: Store;
  core: Core;
  clock: Clock;
  rateLimiter: RateLimiter;
  /** The server's public URL: its origin is always allowed, and admin ticket links are hidden. */
  publicUrl: string;
  /** The server secret; visitor tokens are signed with a key derived from it. */
  secretKey: Buffer;
  /** Per-address limits; false when the operator turned rate limits off. */
  addressLimits: boolean;
  /** Shared with whoever delivers staff replies; created here when not given. */
  delivery?: WebDelivery;
  /** Opens bots' sealed identity secrets. */
  secrets?: SecretBox;
  /** Open event streams per visitor and address. */
  streams?: StreamLimiter;
  /** Ends open event streams with a final event when the server stops. */
  shutdown?: AbortSignal;
  /** Staff typing and read signals for open widgets; created here (on `bus`) when not given. */
  presence?: Presence;
  /** The instances' shared event bus: staff presence on one reaches widget streams on another. */
  bus?: EventBus;
  /** Where attachments are kept; by default chosen from `settings` (S3 URL, else DATA_DIR/attachments). */
  files?: FileStorage;
  /** The server settings the default file storage comes from. */
  settings?: { dataDir: string; filesS3Url?: string | undefined };
}

export interface WidgetApi {
  /** Mount at `/widget/v1`. No personal token here: visitors carry signed visitor tokens. */
  routes: Hono<WidgetEnv>;
  delivery: WebDelivery;
  /** Staff presence (typing, read): mount at `/v1/conversations`, behind the desk's authentication. */
  deskRoutes: Hono<AppEnv>;
}

/** Builds the widget API; options are checked by their types, nothing here knows a vendor. */
export function createWidgetApi(options: WidgetApiOptions): WidgetApi {
  const tokens = createVisitorTokens(options.secretKey);
  const delivery = options.delivery ?? createWebDelivery(() => options.clock.now());
  const links = createTicketLinks(options.secretKey, options.publicUrl, () => options.clock.now());
  // The same key signs the links in staff-reply e-mails; the session route redeems them.
  const resumeLinks = createResumeLinks(options.secretKey);
  const files = options.files ?? fileStorageFor(options.settings ?? { dataDir: './data' });
  const presence = options.presence ?? createPresence(options.bus);
  const deps = { ...options, tokens, delivery, links, resumeLinks, files, presence };
  const routes = new Hono<WidgetEnv>();
  routes.use(widgetCors(deps));
  // Uploads hold their bot's own size limit (attachment-upload.ts); everything else is small JSON.
  const small = limitBody() as unknown as MiddlewareHandler<WidgetEnv>;
  routes.use((context, next) =>
    context.req.method === 'POST' && context.req.path.endsWith('/attachments')
      ? next()
      : small(context, next),
  );
  routes.route('/', sessionRoute(deps));
  // Opened from a link in a new tab: no visitor token, the link's signature is the authority.
  routes.route('/', ticketPage(deps));
  // Visitors and staff (the console's transcript) alike: it checks either.
  routes.route('/', attachmentDownload(deps));
  routes.route('/', teaserRoute(deps));
  routes.use(requireVisitor(deps));
  routes.route('/', attachmentUpload(deps));
  routes.route('/', messageRoute(deps));
  routes.route('/', conversationRoutes(deps));
  routes.route('/', eventsRoute(deps));
  routes.route('/', visitorRoutes(deps));
  return { routes, delivery, deskRoutes: presenceRoutes(deps) };
}
