/** `POST /hooks/jira/{integrationId}` and `POST /hooks/webhook/{integrationId}`: ticket updates coming back from ticket systems. */
import { createHash } from 'node:crypto';
import {
  AuthError,
  ConflictError,
  JsonTooDeepError,
  NotFoundError,
  parseJsonBounded,
  type TicketUpdateDeps,
  ValidationError,
} from '@frontdesk/core';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import {
  JIRA_SIGNATURE_HEADER,
  readJiraStatusChange,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyJiraWebhook,
  verifyWebhookSignature,
} from '@frontdesk/tickets';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { limitBody } from '../middleware/body-limit.js';
import { describe, error, jsonBody, ok } from '../openapi/helpers.js';
import { applyRemoteUpdate, findHookIntegration } from './ticket-hook-support.js';

/** Jira sends the whole issue with every event; 1 MB leaves room for long descriptions. */
const HOOK_BODY_LIMIT_BYTES = 1024 * 1024;

/** The `POST /hooks/webhook/{integrationId}` body; `/openapi.json` is built from it. */
export const callbackSchema = z
  .object({
    /** The Frontdesk ticket id (`FD-…`), or the id the receiver answered when the ticket was created. */
    ticketId: z.string().min(1).max(200).optional(),
    externalId: z.string().min(1).max(200).optional(),
    status: z.string().trim().min(1).max(50).optional(),
    /** Posted to the requester as a staff reply. */
    comment: z.string().trim().min(1).max(4000).optional(),
  })
  .refine((body) => body.ticketId || body.externalId, { message: 'ticketId or externalId is required.' })
  .refine((body) => body.status || body.comment, { message: 'status or comment is required.' });

const tooLarge = error('The body is larger than 1 MB.');

const describeJira = describe({
  operationId: 'jiraHook',
  summary: "A Jira webhook event; status changes of Frontdesk's Jira tickets are applied",
  description:
    "No token: Jira proves itself with the integration's callback secret, either as an HMAC-SHA256 " +
    '`X-Hub-Signature` (`sha256=<hex>`) of the body or as the `secret` query parameter. Bodies up to 1 MB.',
  security: [],
  parameters: [
    { name: 'secret', in: 'query', required: false, schema: { type: 'string' } },
    { name: 'X-Hub-Signature', in: 'header', required: false, schema: { type: 'string' } },
  ],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { type: 'object', description: 'A Jira webhook event.' } } },
  },
  responses: {
    '200': ok(
      'Whether a ticket changed (`applied`), and its id and status when it did.',
      z.object({ applied: z.boolean(), ticketId: z.string().optional(), status: z.string().optional() }),
    ),
    '400': error('The body is not JSON.'),
    '401': error('The webhook secret does not match, or the delivery is older than five minutes.'),
    '404': error('No such Jira integration.'),
    '409': error('This delivery was already received.'),
    '413': tooLarge,
  },
});

const describeWebhook = describe({
  operationId: 'webhookCallback',
  summary: 'A ticket update from a webhook receiver: a new status and/or a comment for the requester',
  description:
    "No token: the sender signs with the integration's secret. `X-Frontdesk-Timestamp` is the Unix time " +
    'in seconds and `X-Frontdesk-Signature` is `v1=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>`; ' +
    'timestamps more than five minutes off are refused.',
  security: [],
  parameters: [
    { name: 'X-Frontdesk-Timestamp', in: 'header', required: true, schema: { type: 'string' } },
    { name: 'X-Frontdesk-Signature', in: 'header', required: true, schema: { type: 'string' } },
  ],
  requestBody: jsonBody(callbackSchema),
  responses: {
    '200': ok('The ticket and its status.', z.object({ ticketId: z.string(), status: z.string() })),
    '400': error('The body is not JSON or is invalid.'),
    '401': error('The signature does not match.'),
    '404': error('No such webhook integration or ticket.'),
    '413': tooLarge,
  },
});

/** How old (or how far ahead) a Jira delivery may be. */
const JIRA_MAX_AGE_MS = 5 * 60 * 1000;

function parseJson(text: string): unknown {
  try {
    return parseJsonBounded(text);
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new ValidationError(error.message);
    throw new ValidationError('The body is not JSON.');
  }
}

/** The hook routes; the senders prove themselves with a shared secret, not a token. */
export function ticketHookRoutes(deps: TicketUpdateDeps & { secrets: SecretBox }): Hono<AppEnv> {
  const { store, secrets } = deps;
  const routes = new Hono<AppEnv>();
  routes.use('/hooks/*', limitBody(HOOK_BODY_LIMIT_BYTES));

  routes.post('/hooks/jira/:integrationId', describeJira, async (context) => {
    const integration = await findHookIntegration(store, 'jira', context.req.param('integrationId'));
    const sealed = integration.data.callbackSecret;
    const body = await context.req.text();
    const proven =
      typeof sealed === 'string' &&
      verifyJiraWebhook(secrets.open(sealed), {
        signature: context.req.header(JIRA_SIGNATURE_HEADER) ?? null,
        querySecret: context.req.query('secret') ?? null,
        body,
      });
    if (!proven) throw new AuthError('The webhook secret does not match.');
    const payload = parseJson(body);
    // Jira stamps every delivery (`timestamp`, ms): an old one, even correctly signed, is a replay.
    const stamped = (payload as { timestamp?: unknown } | null)?.timestamp;
    const now = deps.clock.now();
    if (typeof stamped !== 'number' || Math.abs(now - stamped) > JIRA_MAX_AGE_MS) {
      throw new AuthError('The Jira webhook is missing its timestamp or is older than five minutes.');
    }
    const delivery =
      context.req.header('x-atlassian-webhook-identifier') ?? createHash('sha256').update(body).digest('hex');
    const fresh = await store.claimMarker(
      { key: `jira-hook:${integration.id}:${delivery}`, value: '1', expiresAt: now + 2 * JIRA_MAX_AGE_MS },
      now,
    );
    if (!fresh) throw new ConflictError('This Jira webhook delivery was already received.');
    const change = readJiraStatusChange(payload);
    // Jira sends every change of every issue in the project; only status changes of our tickets count.
    const ticket =
      change && (await store.findTicketByExternalId(integration.workspaceId, 'jira', change.issueKey));
    if (!change || !ticket) return context.json({ success: true, data: { applied: false } });
    const updated = await applyRemoteUpdate(deps, ticket, { status: change.status });
    return context.json({
      success: true,
      data: { applied: true, ticketId: ticket.id, status: updated.status },
    });
  });

  routes.post('/hooks/webhook/:integrationId', describeWebhook, async (context) => {
    const integration = await findHookIntegration(store, 'webhook', context.req.param('integrationId'));
    const body = await context.req.text();
    const signed =
      integration.secret !== null &&
      verifyWebhookSignature(
        secrets.open(integration.secret),
        {
          timestamp: context.req.header(TIMESTAMP_HEADER) ?? null,
          signature: context.req.header(SIGNATURE_HEADER) ?? null,
          body,
        },
        Math.floor(deps.clock.now() / 1000),
      );
    if (!signed) throw new AuthError('The signature does not match.');
    const parsed = callbackSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? 'Invalid body.');
    const { ticketId, externalId, status, comment } = parsed.data;
    const byId = ticketId ? await store.getTicket(ticketId) : undefined;
    const ticket =
      byId?.workspaceId === integration.workspaceId && byId.sink === 'webhook'
        ? byId
        : await store.findTicketByExternalId(
            integration.workspaceId,
            'webhook',
            externalId ?? ticketId ?? '',
          );
    if (!ticket) throw new NotFoundError('No such ticket.');
    const updated = await applyRemoteUpdate(deps, ticket, { status, comment });
    return context.json({ success: true, data: { ticketId: ticket.id, status: updated.status } });
  });
  return routes;
}
