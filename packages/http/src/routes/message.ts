/** `POST /v1/bots/{botId}/message`: the Enjo-compatible agent endpoint, as JSON or as SSE. */
import { createHash } from 'node:crypto';
import {
  collectReply,
  type IncomingMessage,
  JsonTooDeepError,
  messageRequestSchema,
  parseJsonBounded,
  toFrontdeskError,
  ValidationError,
} from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { rateLimitHeaders } from '../error-response.js';
import { requirePermission } from '../permissions.js';
import { replyEventStream } from '../sse/sse.js';
import { describeMessage } from './message-doc.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function parseBody(raw: string) {
  let json: unknown;
  try {
    json = parseJsonBounded(raw);
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new ValidationError(error.message);
    throw new ValidationError('The request body must be JSON: {"message": {"text": "..."}}.');
  }
  const parsed = messageRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || 'body';
    const detail =
      issue?.code === 'invalid_type' && issue.path.length > 0 ? `${path} is required` : issue?.message;
    throw new ValidationError(detail ?? 'Invalid request body.');
  }
  return parsed.data;
}

/** The routes under `/v1/bots`; expects the auth middleware to have set the token. */
export function messageRoutes(deps: AppDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/:botId/message', describeMessage, async (c) => {
    requirePermission(c, 'messages', 'write');
    const token = c.get('token');
    const botId = c.req.param('botId');
    const raw = await c.req.text();
    const body = parseBody(raw);

    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey !== undefined && !IDEMPOTENCY_KEY.test(headerKey)) {
      throw new ValidationError('Idempotency-Key must be 1 to 255 visible ASCII characters.');
    }
    // A client-chosen id is found (or started) by its key in this workspace and bot, never another's.
    const conversationId = body.message.conversationId ?? body.conversationId ?? undefined;
    const requester = body.message.requester ?? body.requester;
    const incoming: IncomingMessage = {
      workspaceId: token.workspaceId,
      botId,
      channel: 'api',
      text: body.message.text,
      clientKey: c.get('clientKey'),
      channelScope: `api:${token.id}`,
      ...(conversationId ? { conversationId, channelKey: `api:client:${conversationId}` } : {}),
      ...(requester ? { requester } : {}),
      ...(headerKey
        ? {
            idempotency: {
              key: `${token.id}:${headerKey}`,
              fingerprint: createHash('sha256').update(`${botId}\n${raw}`).digest('hex'),
            },
          }
        : {}),
    };

    // The host aborts the request's signal when the client disconnects, which cancels the agent.
    const signal = c.req.raw.signal;
    const reply = await deps.core.handleIncoming(incoming, { signal });
    const headers: Record<string, string> = reply.rateLimit ? rateLimitHeaders(reply.rateLimit) : {};
    if (reply.replayed) headers['Idempotent-Replayed'] = 'true';
    // The bot's rules kept it silent (paused, ignored, no trigger, debounced): say why, answer empty.
    if (reply.skipped) headers['Frontdesk-Skipped'] = reply.skipped;

    if ((c.req.header('Accept') ?? '').includes('text/event-stream')) {
      const logger = c.get('logger');
      const stream = replyEventStream(reply.events, {
        signal,
        onError: (error) => logReplyError(logger, error),
      });
      return new Response(stream, {
        headers: {
          ...headers,
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache, no-transform',
          'X-Accel-Buffering': 'no',
        },
      });
    }

    try {
      const data = await collectReply(reply.events);
      return c.json({ success: true, data }, 200, headers);
    } catch (error) {
      // The client is gone: nobody reads this response, and it is not a server fault.
      if (signal.aborted) return new Response(null, { status: 499 });
      throw error;
    }
  });

  return routes;
}

function logReplyError(logger: AppEnv['Variables']['logger'], error: unknown): void {
  const mapped = toFrontdeskError(error);
  if (mapped.status >= 500) logger.error({ err: error, code: mapped.code }, 'reply failed');
  else logger.warn({ code: mapped.code }, mapped.message);
}
