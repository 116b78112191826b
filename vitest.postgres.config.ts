/**
 * The PostgreSQL pass: the e2e suite with every test server on PostgreSQL (one fresh schema each,
 * see test/e2e/test-database.ts). `npm run test:postgres` runs all of test/e2e; `npm test` runs the
 * store-touching journeys in POSTGRES_JOURNEYS (`--mode journeys`). Without PostgreSQL the pass is
 * skipped with the reason printed; under CI=true it fails instead (test/service-check.ts).
 */
import { configDefaults, defineConfig } from 'vitest/config';
import { POSTGRES_TEST_URL, postgresReachable } from './test/postgres-schema.js';
import base from './vitest.config.js';

/** The store-touching journeys `npm test` runs on PostgreSQL: widget API, desk and tickets, Slack, Teams, knowledge, idempotency, restarts. */
export const POSTGRES_JOURNEYS = [
  'widget-api',
  'widget-api-sessions',
  'widget-attachments-api',
  'staff-reply-email',
  'desk-api',
  'desk-events',
  'take-over-journeys',
  'tickets-exactly-once',
  'ticket-hooks',
  'delivery-permanent',
  'slack-conversation',
  'slack-staff-reply',
  'slack-payload-replay',
  'slack-tickets',
  'slack-restart',
  'teams-conversation',
  'teams-staff-reply',
  'teams-payload-replay',
  'teams-tickets',
  'knowledge-api',
  'knowledge-sources-api',
  'agents-connectors',
  'idempotency-kill',
  'restart',
].map((name) => `test/e2e/${name}.test.ts`);

/** SQLite by design: the vectors in the SQLite file (test/e2e/hybrid-postgres.test.ts is the PostgreSQL twin). */
const SQLITE_ONLY = ['test/e2e/hybrid-server.test.ts'];

export default defineConfig(async ({ mode }) => {
  const url = process.env.FRONTDESK_TEST_DATABASE_URL || POSTGRES_TEST_URL;
  const reachable = await postgresReachable(url);
  if (!reachable) console.warn('The PostgreSQL pass is skipped: no PostgreSQL (see above).');
  // Spread, not mergeConfig: that would add `include` to the base's instead of replacing it.
  return {
    ...base,
    test: {
      ...base.test,
      name: 'postgres',
      include: reachable ? (mode === 'journeys' ? POSTGRES_JOURNEYS : ['test/e2e/**/*.test.ts']) : [],
      exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
      passWithNoTests: true,
      // Each server start migrates a fresh schema (about 1 s more than SQLite): the restart tests start several.
      testTimeout: 40_000,
      env: { FRONTDESK_TEST_DATABASE_URL: url },
      setupFiles: ['test/setup-env.ts', 'test/e2e-database-setup.ts'],
    },
  };
});
