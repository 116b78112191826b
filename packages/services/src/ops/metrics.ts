/** The instance's Prometheus metrics (prom-client), in a registry of its own. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSources {
  /** Seconds the oldest due outbox entry has waited (0 when none is due). */
  outboxLagSeconds(): Promise<number>;
}

export type DuplicateKind = 'platform-retry' | 'idempotency-replay';

export interface Metrics {
  registry: Registry;
  /** One HTTP request, by method, matched route pattern and status. */
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  /** A message a channel handed the core (not a duplicate). */
  message(channel: string): void;
  /** A repeat the core recognised and answered without doing the work again. */
  duplicate(channel: string, kind: DuplicateKind): void;
  /** One agent answer: time to its first text, when it had any, and to its end. */
  agent(firstTokenSeconds: number | undefined, totalSeconds: number): void;
  /** A request refused by a rate limit. */
  rateLimited(): void;
  /** An SSE stream opened (+1) or ended (-1). */
  stream(delta: 1 | -1): void;
  /** The text exposition for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const AGENT_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60];

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'frontdesk_' });
  const http = new Histogram({
    name: 'frontdesk_http_request_duration_seconds',
    help: 'HTTP requests until the response starts (streams: until their headers), by route pattern.',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const messages = new Counter({
    name: 'frontdesk_messages_total',
    help: 'Messages handed to the core, by channel.',
    labelNames: ['channel'],
    registers: [registry],
  });
  const duplicates = new Counter({
    name: 'frontdesk_duplicates_suppressed_total',
    help: 'Platform retries and Idempotency-Key repeats answered without doing the work again.',
    labelNames: ['channel', 'kind'],
    registers: [registry],
  });
  const agentTotal = new Histogram({
    name: 'frontdesk_agent_duration_seconds',
    help: 'Agent answers, from the request to the last event.',
    buckets: AGENT_BUCKETS,
    registers: [registry],
  });
  const agentFirst = new Histogram({
    name: 'frontdesk_agent_first_token_seconds',
    help: 'Agent answers, from the request to the first text.',
    buckets: AGENT_BUCKETS,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'frontdesk_rate_limit_rejections_total',
    help: 'Requests refused by a rate limit.',
    registers: [registry],
  });
  const streams = new Gauge({
    name: 'frontdesk_sse_streams_open',
    help: 'Server-sent event streams open on this instance (widget and console).',
    registers: [registry],
  });
  new Gauge({
    name: 'frontdesk_outbox_lag_seconds',
    help: 'How long the oldest due outbox entry (a delivery or ticket intent) has waited.',
    registers: [registry],
    async collect() {
      this.set(await sources.outboxLagSeconds());
    },
  });

  return {
    registry,
    httpRequest(method, route, status, seconds) {
      http.observe({ method, route, status: String(status) }, seconds);
    },
    message: (channel) => messages.inc({ channel }),
    duplicate: (channel, kind) => duplicates.inc({ channel, kind }),
    agent(firstTokenSeconds, totalSeconds) {
      if (firstTokenSeconds !== undefined) agentFirst.observe(firstTokenSeconds);
      agentTotal.observe(totalSeconds);
    },
    rateLimited: () => rateLimited.inc(),
    stream: (delta) => streams.inc(delta),
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
