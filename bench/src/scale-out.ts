// `npm run bench:scale-out`: the agent endpoint on one instance with SQLite, one on PostgreSQL and
// Redis, and two on the same PostgreSQL and Redis (load split evenly), in the same run.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_TOKEN } from './bench-token.js';
import { type LoadResult, runLoad } from './load.js';

const serveScript = fileURLToPath(new URL('./serve.js', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function startInstance(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [serveScript, 'frontdesk'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const { url } = JSON.parse(line) as { url?: string };
    if (url) return { child, url };
  }
  throw new Error('The server did not start.');
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function sql(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Load spread evenly over `urls` at once; requests per second summed, the worst p50 and p99. */
async function load(urls: string[], durationSeconds: number): Promise<LoadResult> {
  const results = await Promise.all(
    urls.map((url) =>
      runLoad({
        url: `${url}/v1/bots/demo/message`,
        headers: { authorization: `Bearer ${BENCH_TOKEN}` },
        body: JSON.stringify({ message: { text: 'How do I reset my password?' } }),
        durationSeconds,
        connections: Math.max(1, Math.round(connections / urls.length)),
      }),
    ),
  );
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requestsPerSecond, 0),
    p50Ms: Math.max(...results.map((result) => result.p50Ms)),
    p99Ms: Math.max(...results.map((result) => result.p99Ms)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    total: results.reduce((sum, result) => sum + result.total, 0),
  };
}

async function measure(name: string, instances: number, env: Record<string, string>): Promise<LoadResult> {
  const started: { child: ChildProcess; url: string }[] = [];
  try {
    // One after the other: the first migrates, the others find nothing to do.
    for (let index = 0; index < instances; index++) started.push(await startInstance(env));
    const urls = started.map((instance) => instance.url);
    await load(urls, 2); // warm-up
    const result = await load(urls, seconds);
    if (result.errors > 0 || result.non2xx > 0) {
      throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx under load.`);
    }
    return result;
  } finally {
    for (const instance of started) await stop(instance.child);
  }
}

/** Whether something answers on `url`'s host and port (Redis: a TCP connect is enough to know). */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Without PostgreSQL or Redis the runs are skipped with the reason (`npm run bench` goes on); under CI=true it fails. */
async function servicesReady(): Promise<boolean> {
  const missing: string[] = [];
  await sql('SELECT 1').catch(() => missing.push(`PostgreSQL at ${new URL(postgresUrl).host}`));
  if (!(await listening(redisUrl))) missing.push(`Redis at ${new URL(redisUrl).host}`);
  if (missing.length === 0) return true;
  const reason = `Scale-out benchmark skipped: ${missing.join(' and ')} not reachable.`;
  if (process.env.CI) throw new Error(reason);
  console.log(reason);
  return false;
}

async function main(): Promise<void> {
  console.log(`Scale-out benchmark: ${seconds} s per run, ${connections} connections in all, 127.0.0.1\n`);
  if (!(await servicesReady())) return;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await sql(`CREATE SCHEMA ${schema}`);
  const shared = {
    // BENCH_PG_OPTIONS adds session settings, e.g. `-c synchronous_commit=off` to see the cost of fsync per commit.
    DATABASE_URL: `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema} ${process.env.BENCH_PG_OPTIONS ?? ''}`.trim())}`,
    REDIS_URL: redisUrl,
    FRONTDESK_REDIS_PREFIX: schema,
    FRONTDESK_SECRET_KEY: 'bench-secret-key-0123456789abcdefghijkl',
  };
  try {
    const sqlite = await measure('SQLite', 1, {});
    const postgres = await measure('PostgreSQL', 1, shared);
    const two = await measure('two instances', 2, shared);
    console.log('| run | requests/s | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [name, result] of [
      ['one instance, SQLite', sqlite],
      ['one instance, PostgreSQL + Redis', postgres],
      ['two instances, PostgreSQL + Redis', two],
    ] as const) {
      console.log(
        `| ${name} | ${Math.round(result.requestsPerSecond)} | ${result.p50Ms} | ${result.p99Ms} |`,
      );
    }
    const ratio = (a: LoadResult, b: LoadResult) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
    console.log(`\nPostgreSQL / SQLite (one instance): ${ratio(postgres, sqlite)}`);
    console.log(`two instances / one (PostgreSQL + Redis): ${ratio(two, postgres)}`);
  } finally {
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
