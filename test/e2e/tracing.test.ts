// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, a request's server span (named by its route
// pattern, continuing the caller's traceparent) and the agent's span reach an OTLP collector.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTracing } from '@frontdesk/services/ops/tracing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

interface OtlpSpan {
  name: string;
  traceId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

const received: OtlpSpan[] = [];
let collector: Server;
let server: TestServer;

beforeAll(async () => {
  // A small OTLP/HTTP (JSON) collector.
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const parsed = JSON.parse(body) as {
          resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
        };
        for (const resource of parsed.resourceSpans)
          for (const scope of resource.scopeSpans) received.push(...scope.spans);
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  collector?.close();
});

describe('OpenTelemetry traces', () => {
  it('exports the request span by route pattern under the caller trace, with the agent span inside', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await server.post(
      '/v1/bots/demo/message',
      { message: { text: 'How do I reset my password?' } },
      { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    );
    expect(response.status).toBe(200);
    await response.text();
    await expect
      .poll(() => received.filter((span) => span.traceId === traceId).map((span) => span.name), {
        timeout: 5_000,
      })
      .toEqual(expect.arrayContaining(['POST /v1/bots/:botId/message', 'agent.answer']));
    const request = received.find((span) => span.name === 'POST /v1/bots/:botId/message');
    expect(request?.parentSpanId).toBe('00f067aa0ba902b7');
    const route = request?.attributes.find((attribute) => attribute.key === 'http.route');
    expect(route?.value.stringValue).toBe('/v1/bots/:botId/message');
  });

  it('loads nothing when the endpoint is unset', async () => {
    expect(await startTracing({}, pino({ level: 'silent' }))).toBeUndefined();
  });
});
