/** Decorators that feed the metrics: the core, agents, the rate limiter and the SSE stream slots. */
import type { AgentClient, AgentRequest, Core, RateLimiter } from '@frontdesk/core';
import { type Context, context, SpanStatusCode, trace } from '@opentelemetry/api';
import type { StreamLimiter } from '../limits/stream-limits.js';
import type { Metrics } from './metrics.js';

/** Counts messages by channel, and the Idempotency-Key repeats the core answered from the stored reply. */
export function instrumentCore(core: Core, metrics: Metrics): Core {
  return {
    ...core,
    async handleIncoming(message, options) {
      const reply = await core.handleIncoming(message, options);
      // Duplicates (platform retries) are counted where their marker is refused: count-duplicates.ts.
      if (reply.duplicate) return reply;
      if (reply.replayed) metrics.duplicate(message.channel, 'idempotency-replay');
      else metrics.message(message.channel);
      return reply;
    },
  };
}

const tracer = trace.getTracer('frontdesk-agents');

/** Times an agent's answers (to the first text and to the end), as metrics and as an `agent.answer` span. */
export function instrumentAgent(agent: AgentClient, metrics: Metrics): AgentClient {
  async function* answer(request: AgentRequest, options: { signal: AbortSignal }, parent: Context) {
    const started = performance.now();
    const attributes = { 'frontdesk.bot_id': request.botId };
    const span = tracer.startSpan('agent.answer', { attributes }, parent);
    let first: number | undefined;
    try {
      for await (const event of agent.send(request, options)) {
        if (first === undefined && event.type === 'text-delta') {
          first = (performance.now() - started) / 1000;
          span.addEvent('first-token');
        }
        yield event;
      }
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      metrics.agent(first, (performance.now() - started) / 1000);
      span.end();
    }
  }
  return {
    // The caller's context (the request's span) is the parent, wherever the stream is read later.
    send: (request, options) => answer(request, options, context.active()),
  };
}

/** Counts refusals. */
export function instrumentRateLimiter<T extends RateLimiter>(limiter: T, metrics: Metrics): T {
  return {
    ...limiter,
    async consume(key, policy) {
      const decision = await limiter.consume(key, policy);
      if (!decision.allowed) metrics.rateLimited();
      return decision;
    },
  };
}

/** Keeps the open-streams gauge in step with the stream slots taken and released. */
export function instrumentStreams(streams: StreamLimiter, metrics: Metrics): StreamLimiter {
  return {
    open(keys) {
      const release = streams.open(keys);
      metrics.stream(1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        metrics.stream(-1);
        release();
      };
    },
  };
}
