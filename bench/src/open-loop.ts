// A fixed-rate (open-loop) load: requests leave on schedule whether or not earlier ones returned,
// and latency counts from the scheduled time, so a slow server cannot hide its queue.
import { Agent, request } from 'node:http';

export interface OpenLoopOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  ratePerSecond: number;
  durationSeconds: number;
}

export interface OpenLoopResult {
  sent: number;
  ok: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

/** Sends `ratePerSecond` POSTs for `durationSeconds`, evenly spaced, over keep-alive connections. */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(options.url);
  const body = Buffer.from(options.body);
  const headers = { ...options.headers, 'content-type': 'application/json', 'content-length': body.length };
  const latencies: number[] = [];
  let failed = 0;
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  const intervalMs = 1000 / options.ratePerSecond;
  const start = performance.now();
  const pending: Promise<void>[] = [];

  const send = (scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const outgoing = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - scheduledAt);
            else failed++;
            resolve();
          });
        },
      );
      outgoing.on('error', () => {
        failed++;
        resolve();
      });
      outgoing.end(body);
    });

  for (let index = 0; index < total; index++) {
    const scheduledAt = start + index * intervalMs;
    const wait = scheduledAt - performance.now();
    // Never early; a late timer counts against the server, which errs on the honest side.
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(scheduledAt));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((left, right) => left - right);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    sent: total,
    ok: latencies.length,
    failed,
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? 0),
  };
}
