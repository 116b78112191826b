/**
 * OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: the SDK is imported then and
 * only then, so an instance without it loads none of it and its spans are the API's no-ops.
 */
import type { Logger } from 'pino';

export interface Tracing {
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Registers a tracer provider that sends spans over OTLP/HTTP to the endpoint (the exporter reads
 * OTEL_EXPORTER_OTLP_ENDPOINT, `/v1/traces` appended, and OTEL_EXPORTER_OTLP_HEADERS itself).
 * `OTEL_SERVICE_NAME` names the service (default `frontdesk`). Returns undefined when unset.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  version = '0.1.0',
): Promise<Tracing | undefined> {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true') return undefined;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME ?? 'frontdesk',
      'service.version': version,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1_000 })],
  });
  // Global: the HTTP middleware's and the agents' spans (through @opentelemetry/api) land here.
  provider.register();
  logger.info({ endpoint }, 'OpenTelemetry traces are on');
  return { shutdown: () => provider.shutdown() };
}
