/** The HTTP app: middleware, error handling and every route around a runtime, as a Hono app with no port of its own. */

import {
  AuthError,
  type FrontdeskError,
  NotFoundError,
  toFrontdeskError,
  ValidationError,
} from '@frontdesk/core';
import type { AppDependencies } from '@frontdesk/http/app-dependencies';
import type { AppEnv } from '@frontdesk/http/app-env';
import { clientKey } from '@frontdesk/http/client-key';
import { consoleRoutes } from '@frontdesk/http/console/console-routes';
import { errorResponse } from '@frontdesk/http/error-response';
import { limitBody, MAX_ANY_BODY_BYTES } from '@frontdesk/http/middleware/body-limit';
import { httpMetrics } from '@frontdesk/http/middleware/http-metrics';
import { httpTracing } from '@frontdesk/http/middleware/http-tracing';
import { requestContext } from '@frontdesk/http/middleware/request-context';
import { openApiHandler } from '@frontdesk/http/openapi/document';
import { openApiRoute, widgetScriptRoute } from '@frontdesk/http/openapi/public-routes';
import { faviconRoutes } from '@frontdesk/http/pages/favicon';
import { mountAdminRoutes } from '@frontdesk/http/routes/admin/index';
import { analyticsRoutes } from '@frontdesk/http/routes/analytics';
import { authRoutes } from '@frontdesk/http/routes/auth/auth-routes';
import { invitationRoutes } from '@frontdesk/http/routes/auth/invitation-routes';
import { requireTokenOrSession } from '@frontdesk/http/routes/auth/session-auth';
import { botAgentRoutes } from '@frontdesk/http/routes/bot-agent';
import { connectorOAuthCallbackRoutes } from '@frontdesk/http/routes/connector-oauth-callback';
import { connectorRoutes } from '@frontdesk/http/routes/connectors';
import { conversationRoutes } from '@frontdesk/http/routes/conversations';
import { csatRoutes } from '@frontdesk/http/routes/csat';
import { deskWorkRoutes, noteRoutes } from '@frontdesk/http/routes/desk-work';
import { eventRoutes } from '@frontdesk/http/routes/events';
import { healthRoutes } from '@frontdesk/http/routes/health';
import { integrationCheckRoutes } from '@frontdesk/http/routes/integration-checks';
import { integrationRoutes } from '@frontdesk/http/routes/integrations';
import { knowledgeRoutes } from '@frontdesk/http/routes/knowledge';
import { messageRoutes } from '@frontdesk/http/routes/message';
import { metricsRoutes } from '@frontdesk/http/routes/metrics';
import { pageRoutes } from '@frontdesk/http/routes/pages';
import { ticketHookRoutes } from '@frontdesk/http/routes/ticket-hooks';
import { ticketRoutes } from '@frontdesk/http/routes/tickets';
import { MAX_UPLOAD_BYTES } from '@frontdesk/services/knowledge/convert-upload';
import type { WidgetApi } from '@frontdesk/web/widget-api';
import { widgetScript } from '@frontdesk/web/widget-script';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { slackOffRoutes, slackRoutes } from './channels/slack.js';
import { teamsRoutes } from './channels/teams.js';

/** Hono's own middleware throws HTTPException (e.g. a bad body); client errors keep their status. */
function fromHttpException(error: unknown): FrontdeskError | undefined {
  if (!(error instanceof HTTPException)) return undefined;
  if (error.status === 400 || error.status === 413) {
    return new ValidationError(error.message || 'Invalid request.', { status: error.status });
  }
  if (error.status === 401) return new AuthError(error.message || undefined);
  if (error.status === 404) return new NotFoundError();
  return undefined;
}

/**
 * Builds the app around the runtime's services and the open channels (see `composeApp`). Tests call
 * `app.request()` on it; the server hands it to `@hono/node-server`.
 * Everything under `/v1` needs a token; pages, `/healthz` and `/openapi.json` are public.
 */
export function createApp(deps: AppDependencies, widget: WidgetApi): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(httpMetrics(deps.ops.metrics));
  app.use(httpTracing());
  app.use(requestContext({ logger: deps.logger, ids: deps.ids, requestLog: deps.requestLog }));
  app.use(clientKey(deps.settings.trustProxy));
  // Every route, chunked bodies included: nothing reads more than the largest body any route takes
  // (Slack and Teams payloads, 1 MiB); /v1 and the widget then hold their own smaller limits.
  // Widget attachments are the exception: their route reads at most the bot's limit (≤ 25 MB).
  const anyBody = limitBody(MAX_ANY_BODY_BYTES);
  app.use('*', (context, next) =>
    context.req.method === 'POST' && context.req.path === '/widget/v1/attachments'
      ? next()
      : anyBody(context, next),
  );
  // Authentication comes first, so nobody without a token can make us read a body.
  // A bearer token, or the console's session cookie (with its CSRF header on writes).
  app.use('/v1/*', requireTokenOrSession(deps.store, { clock: deps.clock }));
  // Knowledge uploads (PDF, DOCX) have their own, larger limit.
  const bodyLimit = limitBody();
  const uploadLimit = limitBody(MAX_UPLOAD_BYTES);
  app.use('/v1/*', (context, next) =>
    /^\/v1\/knowledge\/[^/]+\/uploads$/.test(context.req.path)
      ? uploadLimit(context, next)
      : bodyLimit(context, next),
  );

  app.notFound(() => errorResponse(new NotFoundError('No such route.')));
  app.onError((error, context) => {
    const mapped = fromHttpException(error) ?? toFrontdeskError(error);
    if (mapped.status >= 500) {
      // The client gets the request id only; the details stay in the log.
      const logger = context.get('logger') ?? deps.logger;
      logger.error({ err: error, requestId: context.get('requestId') }, 'request failed');
    }
    return errorResponse(mapped);
  });

  app.route('/', healthRoutes(deps));
  app.route('/', metricsRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.route('/', consoleRoutes());
  app.route('/auth', authRoutes(deps));
  app.route('/', faviconRoutes());

  // Generated from the routes' own descriptions on first request, when every route is mounted.
  app.get('/openapi.json', openApiRoute, openApiHandler(app, deps.settings.publicUrl));

  app.route('/', deps.slack ? slackRoutes(deps.slack) : slackOffRoutes());
  if (deps.teams) app.route('/', teamsRoutes(deps.teams));
  // The widget's API is public: visitors carry signed visitor tokens, not personal tokens.
  app.get('/widget.js', widgetScriptRoute, widgetScript());
  app.route('/widget/v1', widget.routes as unknown as Hono<AppEnv>);

  app.route('/v1/bots', messageRoutes(deps));
  mountAdminRoutes(app, deps);
  app.route('/v1/bots', botAgentRoutes(deps));
  app.route('/v1/integrations', integrationRoutes(deps));
  app.route('/v1/integrations', integrationCheckRoutes(deps));
  app.route('/v1/connectors', connectorRoutes(deps));
  app.route('/', connectorOAuthCallbackRoutes(deps));
  // Staff replies and ticket updates reach the requester's channel through the outbox.
  const desk = { ...deps, send: deps.deliveryRouter.send };
  app.route('/v1/tickets', ticketRoutes(desk));
  app.route('/v1/analytics', analyticsRoutes(deps));
  app.route('/v1/invitations', invitationRoutes(deps));
  app.route('/v1/knowledge', knowledgeRoutes(deps));
  // Jira and webhook senders prove themselves with the integration's shared secret, not a token.
  app.route('/', ticketHookRoutes(desk));
  app.route('/v1/conversations', conversationRoutes(desk));
  app.route('/v1/conversations', noteRoutes(deps));
  app.route('/v1/desk', deskWorkRoutes(deps));
  // Staff typing and read signals for the web channel's widget.
  app.route('/v1/conversations', widget.deskRoutes);
  app.route('/v1/csat', csatRoutes(deps));
  app.route('/v1/events', eventRoutes(deps));
  return app;
}
