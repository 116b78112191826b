/**
 * Two real `frontdesk start` processes on one PostgreSQL schema and one Redis, as behind a load
 * balancer. Without PostgreSQL or Redis the suite is skipped with the reason printed (under
 * CI=true it fails instead; see test/service-check.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { createPostgresStore } from '@frontdesk/store';
import { type CliProcess, freePort, startCli } from '../e2e/process.js';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { REDIS_TEST_URL, redisReachable } from '../redis-check.js';

export const TOKEN = 'fd_multi_instance_owner_token_0123456789';

export interface Instance {
  url: string;
  process: CliProcess;
  /** `/v1/…` with the owner token. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export interface Cluster {
  a: Instance;
  b: Instance;
  /** A third connection to the shared schema, to arrange and inspect rows. */
  store: Store;
  close(): Promise<void>;
}

/** Both services answer, or the suite is skipped (printed) — never under CI=true. */
export async function servicesReachable(): Promise<boolean> {
  return (await postgresReachable()) && (await redisReachable());
}

/** Starts A, then B (both migrate under an advisory lock; B finds nothing left to do). */
export async function startCluster(env: Record<string, string> = {}): Promise<Cluster> {
  const { schema, drop } = await createTestSchema();
  const databaseUrl = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  const shared = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS_TEST_URL,
    // Its own keys and channels in the shared Redis: no count or event from another run leaks in.
    FRONTDESK_REDIS_PREFIX: `fdtest-${schema}`,
    FRONTDESK_SECRET_KEY: 'multi-instance-secret-key-0123456789abcdef',
    FRONTDESK_BOOTSTRAP_TOKEN: TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'info',
    ...env,
  };
  const ports = [await freePort(), await freePort()];
  // One public URL, as behind a proxy: links and the widget's allowed origin are the same on both.
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  async function start(port: number): Promise<Instance> {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-multi-'));
    dirs.push(dataDir);
    const running = await startCli(
      { FRONTDESK_PUBLIC_URL: publicUrl, ...shared, PORT: String(port), FRONTDESK_DATA_DIR: dataDir },
      (child) => children.push(child),
    );
    const url = `http://127.0.0.1:${port}`;
    return {
      url,
      process: running,
      api: (method, path, body, headers = {}) =>
        fetch(`${url}${path}`, {
          method,
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
    };
  }
  try {
    const a = await start(ports[0] as number);
    const b = await start(ports[1] as number);
    const store = await createPostgresStore({ url: databaseUrl });
    return {
      a,
      b,
      store,
      async close() {
        await store.close();
        for (const child of children) child.kill('SIGTERM');
        await Promise.all([a.process.exited, b.process.exited]);
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
        await drop();
      },
    };
  } catch (error) {
    for (const child of children) child.kill('SIGKILL');
    await drop();
    throw error;
  }
}

/** Polls `check` until it returns something truthy, failing after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
