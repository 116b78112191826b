/** Decorators that feed the metrics: the core, agents, the rate limiter and the SSE stream slots. */
import type { AgentClient, Core, RateLimiter } from '@frontdesk/core';
import type { StreamLimiter } from '../limits/stream-limits.js';
import type { Metrics } from './metrics.js';

/** Counts messages by channel, and the platform retries and idempotency repeats the core suppressed. */
export function instrumentCore(core: Core, metrics: Metrics): Core {
  return {
    ...core,
    async handleIncoming(message, options) {
      const reply = await core.handleIncoming(message, options);
      if (reply.duplicate) metrics.duplicate(message.channel, 'platform-retry');
      else if (reply.replayed) metrics.duplicate(message.channel, 'idempotency-replay');
      else metrics.message(message.channel);
      return reply;
    },
  };
}

/** Times an agent's answers: to the first text and to the end. */
export function instrumentAgent(agent: AgentClient, metrics: Metrics): AgentClient {
  return {
    async *send(request, options) {
      const started = performance.now();
      let first: number | undefined;
      try {
        for await (const event of agent.send(request, options)) {
          if (first === undefined && event.type === 'text-delta')
            first = (performance.now() - started) / 1000;
          yield event;
        }
      } finally {
        metrics.agent(first, (performance.now() - started) / 1000);
      }
    },
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
