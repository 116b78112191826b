/** `/readyz`'s checks: the store answers, Redis answers (when set), and every migration has run. */
import type { Store } from '@frontdesk/core';
import type { MigrationStatus } from '@frontdesk/store';
import type { RedisClient } from '../bus/redis-client.js';

export type CheckResult = 'ok' | 'unavailable' | 'pending' | 'not-used';

export interface Readiness {
  /** Every check, and `ready` when none failed. Never throws. */
  check(): Promise<{ ready: boolean; checks: Record<'store' | 'redis' | 'migrations', CheckResult> }>;
}

const CHECK_TIMEOUT_MS = 2_000;

export function createReadiness(options: {
  store: Pick<Store, 'ping'>;
  redis?: RedisClient | undefined;
  /** The migrations and whether each ran; undefined when the store is not a database (tests). */
  migrations?: (() => Promise<MigrationStatus[]>) | undefined;
}): Readiness {
  async function store(): Promise<CheckResult> {
    return (await settles(options.store.ping())) ? 'ok' : 'unavailable';
  }
  async function redis(): Promise<CheckResult> {
    if (!options.redis) return 'not-used';
    return (await settles(options.redis.ping())) ? 'ok' : 'unavailable';
  }
  async function migrations(): Promise<CheckResult> {
    if (!options.migrations) return 'not-used';
    let list: MigrationStatus[] = [];
    if (!(await settles(options.migrations().then((result) => (list = result))))) return 'unavailable';
    return list.every((migration) => migration.executedAt !== null) ? 'ok' : 'pending';
  }
  return {
    async check() {
      const [storeResult, redisResult, migrationsResult] = await Promise.all([
        store(),
        redis(),
        migrations(),
      ]);
      const checks = { store: storeResult, redis: redisResult, migrations: migrationsResult };
      const ready = Object.values(checks).every((result) => result === 'ok' || result === 'not-used');
      return { ready, checks };
    },
  };
}

/** True when `work` resolves within the timeout. */
async function settles(work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
