/**
 * `GET /widget/v1/teasers?botId=…`: the bot's greeting rules, for the loader's teaser. Public and
 * without a visitor session (a teaser must not start one), for pages on the bot's allowed origins.
 */
import type { Store } from '@frontdesk/core';
import { widgetTeasersSchema } from '@frontdesk/core/wire';
import { describe, error, ok } from '@frontdesk/http/openapi/helpers';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';
import { Hono } from 'hono';
import { checkOrigin, loadWidgetBot } from './widget-bots.js';
import type { WidgetEnv } from './widget-env.js';

const docs = describe({
  operationId: 'getWidgetTeasers',
  summary: "The bot's proactive greetings (page URL pattern, seconds on the page), without a session",
  security: [{}],
  parameters: [
    { name: 'botId', in: 'query', required: true, schema: { type: 'string' } },
    { name: 'workspaceId', in: 'query', required: false, schema: { type: 'string' } },
  ],
  responses: {
    '200': ok('The greeting rules, in order; the first that matches the page is shown.', widgetTeasersSchema),
    '400': error('No such bot.'),
    '403': error('The page origin is not allowed for this bot, or its widget is off.'),
  },
});

export function teaserRoute(deps: { store: Store; publicUrl: string }): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.get('/teasers', docs, async (context) => {
    const workspaceId = context.req.query('workspaceId') || DEFAULT_WORKSPACE_ID;
    const bot = await loadWidgetBot(deps.store, workspaceId, context.req.query('botId') ?? '');
    checkOrigin(context, bot, deps.publicUrl, { required: false });
    const teasers = bot.settings.widget.teasers ?? [];
    return context.json({ success: true, data: { teasers } }, 200, {
      'Cache-Control': 'private, max-age=60',
    });
  });
  return routes;
}
