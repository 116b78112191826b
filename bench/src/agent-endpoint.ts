// `npm run bench`: the agent endpoint through the whole stack against a bare node:http JSON echo, same run.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BENCH_TOKEN } from './bench-token.js';
import { type LoadResult, runLoad } from './load.js';
import { type OpenLoopResult, runOpenLoop } from './open-loop.js';

const serveScript = fileURLToPath(new URL('./serve.js', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const fixedRate = 1000;

async function startChild(kind: 'echo' | 'frontdesk'): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [serveScript, kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    // The server may log a warning first (e.g. Teams without an app id); the URL line is the one with `url`.
    const { url } = JSON.parse(line) as { url?: string };
    if (url) return { child, url };
  }
  throw new Error(`The ${kind} server did not start.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Measured {
  max: LoadResult;
  fixed: OpenLoopResult;
}

async function measure(kind: 'echo' | 'frontdesk'): Promise<Measured> {
  const { child, url } = await startChild(kind);
  try {
    const target = kind === 'echo' ? `${url}/echo` : `${url}/v1/bots/demo/message`;
    const load = {
      url: target,
      headers: { authorization: `Bearer ${BENCH_TOKEN}` },
      body: JSON.stringify({ message: { text: 'How do I reset my password?' } }),
    };
    await runLoad({ ...load, durationSeconds: 2, connections }); // warm-up: JIT, SQLite page cache
    const max = await runLoad({ ...load, durationSeconds: seconds, connections });
    const fixed = await runOpenLoop({ ...load, durationSeconds: seconds, ratePerSecond: fixedRate });
    if (max.errors > 0 || max.non2xx > 0 || fixed.failed > 0) {
      throw new Error(
        `${kind}: requests failed under load (${max.errors + fixed.failed} errors, ${max.non2xx} non-2xx).`,
      );
    }
    return { max, fixed };
  } finally {
    await stopChild(child);
  }
}

function row(name: string, requestsPerSecond: number, result: { p50Ms: number; p99Ms: number }): string {
  return `| ${name} | ${Math.round(requestsPerSecond)} | ${result.p50Ms} | ${result.p99Ms} |`;
}

async function main(): Promise<void> {
  console.log(`Agent endpoint benchmark: ${seconds} s per run, ${connections} connections, 127.0.0.1\n`);
  const bare = await measure('echo');
  const full = await measure('frontdesk');
  const ratio = full.max.requestsPerSecond / bare.max.requestsPerSecond;
  console.log('| run | requests/s | p50 ms | p99 ms |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(
    row(`bare node:http echo, max (${connections} connections)`, bare.max.requestsPerSecond, bare.max),
  );
  console.log(
    row(`Frontdesk whole stack, max (${connections} connections)`, full.max.requestsPerSecond, full.max),
  );
  console.log(row(`bare node:http echo, fixed ${fixedRate}/s (open loop)`, fixedRate, bare.fixed));
  console.log(row(`Frontdesk whole stack, fixed ${fixedRate}/s (open loop)`, fixedRate, full.fixed));
  console.log(`\nthroughput ratio (Frontdesk / bare): ${ratio.toFixed(2)} (target ≥ 0.50)`);
  console.log(`p99 at ${fixedRate} requests/s: ${full.fixed.p99Ms} ms (target < 10 ms)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
