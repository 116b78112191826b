/** The runtime's operations surface: metrics, readiness, and the database handle the migration check reads. */
import type { Store } from '@frontdesk/core';
import { listMigrations, openDatabase } from '@frontdesk/store';
import type { RedisClient } from '../bus/redis-client.js';
import type { Settings } from '../settings/config.js';
import { databaseFile } from '../store/open-store.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createReadiness, type Readiness } from './readiness.js';

export interface Ops {
  metrics: Metrics;
  readiness: Readiness;
  close(): Promise<void>;
}

/** How many due outbox entries the lag gauge looks at. */
const LAG_SAMPLE = 100;

export function createOps(options: {
  settings: Settings;
  store: Store;
  redis: RedisClient | undefined;
  now(): number;
  /** False when a test passed its own store: there is no database to read migrations from. */
  ownDatabase: boolean;
}): Ops {
  const { settings, store } = options;
  // Opened at the first readiness check, with its own connection: the store's port has no migration list.
  let db: ReturnType<typeof openDatabase> | undefined;
  const database = () => {
    db ??= openDatabase({ databaseUrl: settings.databaseUrl, sqliteFile: databaseFile(settings) });
    return db;
  };
  const metrics = createMetrics({
    async outboxLagSeconds() {
      const now = options.now();
      const due = await store.listDueOutbox(now, LAG_SAMPLE);
      const oldest = due.reduce((min, entry) => Math.min(min, entry.createdAt), now);
      return (now - oldest) / 1000;
    },
  });
  const readiness = createReadiness({
    store,
    redis: options.redis,
    migrations: options.ownDatabase ? () => listMigrations(database()) : undefined,
  });
  return {
    metrics,
    readiness,
    async close() {
      await db?.destroy();
    },
  };
}
