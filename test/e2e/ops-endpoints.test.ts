// /readyz and /metrics on a real server (SQLite): what an orchestrator and Prometheus see.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '@frontdesk/core/testing';
import { composeApp } from '@frontdesk/server/compose';
import { createMemoryRateLimiter } from '@frontdesk/services/rate-limiter';
import { createRuntime } from '@frontdesk/services/runtime/runtime';
import { loadSettings } from '@frontdesk/services/settings/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationIdOf, startVisitor } from './desk-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

const METRICS_TOKEN = 'metrics_token_0123456789abcdef';
let server: TestServer;
let plain: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { FRONTDESK_METRICS_TOKEN: METRICS_TOKEN, FRONTDESK_RATE_LIMITS: '2/60s' },
  });
  plain = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await plain?.close();
});

const scrape = (target: TestServer, token?: string) =>
  fetch(`${target.url}/metrics`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

/** The value of one sample line, e.g. `frontdesk_messages_total{channel="api"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /readyz', () => {
  it('is ready when the store answers and every migration has run (Redis not used)', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { store: 'ok', redis: 'not-used', migrations: 'ok' },
    });
  });
});

describe('GET /metrics', () => {
  it('is off (404) unless FRONTDESK_METRICS_TOKEN is set, and needs that token when it is', async () => {
    expect((await scrape(plain, METRICS_TOKEN)).status).toBe(404);
    expect((await scrape(server)).status).toBe(401);
    expect((await scrape(server, `${METRICS_TOKEN}x`)).status).toBe(401);
    expect((await scrape(server, METRICS_TOKEN)).status).toBe(200);
  });

  it('counts messages by channel, agent timings, rate-limit rejections and latency by route pattern', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 3; request++) {
      const response = await server.post('/v1/bots/demo/message', {
        message: { text: 'How do I reset my password?' },
      });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 429]);
    const response = await scrape(server, METRICS_TOKEN);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(sample(text, 'frontdesk_messages_total{channel="api"}')).toBe(2);
    expect(sample(text, 'frontdesk_rate_limit_rejections_total')).toBe(1);
    expect(sample(text, 'frontdesk_agent_duration_seconds_count')).toBe(2);
    expect(sample(text, 'frontdesk_agent_first_token_seconds_count')).toBe(2);
    expect(
      sample(
        text,
        'frontdesk_http_request_duration_seconds_count{method="POST",route="/v1/bots/:botId/message",status="200"}',
      ),
    ).toBe(2);
    // Paths are never labels: no conversation or bot id appears as a series of its own.
    expect(text).not.toContain('route="/v1/bots/demo/message"');
    expect(sample(text, 'frontdesk_outbox_lag_seconds')).toBe(0);
    expect(sample(text, 'frontdesk_sse_streams_open')).toBe(0);
    expect(text).toContain('frontdesk_process_cpu_seconds_total');
  });
});

describe('open SSE streams', () => {
  it('counts a widget stream while it is open', async () => {
    const visitor = await startVisitor(server);
    const conversationId = conversationIdOf(await visitor.say('Hello there'));
    const stream = await visitor.listen(conversationId);
    const open = async () =>
      sample(await (await scrape(server, METRICS_TOKEN)).text(), 'frontdesk_sse_streams_open');
    expect(await open()).toBe(1);
    await stream.close();
    await expect.poll(open).toBe(0);
  });
});

describe('GET /readyz while stopping', () => {
  it('turns 503 with stopping: true once shutdown begins, so the proxy stops sending traffic', async () => {
    const runtime = await createRuntime(
      loadSettings({
        FRONTDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'frontdesk-ready-')),
        LOG_LEVEL: 'silent',
      }),
      {
        store: createMemoryStore(),
        rateLimiter: createMemoryRateLimiter(),
        knowledge: { articles: () => [] },
      },
    );
    try {
      const { app } = composeApp(runtime);
      expect((await app.request('/readyz')).status).toBe(200);
      runtime.beginShutdown();
      const stopping = await app.request('/readyz');
      expect(stopping.status).toBe(503);
      expect(await stopping.json()).toEqual({
        status: 'unavailable',
        stopping: true,
        checks: { store: 'ok', redis: 'not-used', migrations: 'not-used' },
      });
    } finally {
      await runtime.close();
    }
  });
});
