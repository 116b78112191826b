/**
 * The PostgreSQL pass: the e2e suite with every test server on PostgreSQL (one fresh schema each,
 * see test/e2e/test-database.ts). `npm run test:postgres` runs all of test/e2e; `npm test` runs the
 * store-touching journeys in POSTGRES_JOURNEYS (`--mode journeys`). Without PostgreSQL the pass is
 * skipped with the reason printed; under CI=true it fails instead (test/service-check.ts).
 */
import { defineConfig } from 'vitest/config';
import { POSTGRES_TEST_URL, postgresReachable } from './test/postgres-schema.js';
import base from './vitest.config.js';

/** Every journey that writes and reads the store, one file or more per area. */
export const POSTGRES_JOURNEYS = [
  'test/e2e/widget-api.test.ts',
];

export default defineConfig(async ({ mode }) => {
  const reachable = await postgresReachable();
  if (!reachable) console.warn('The PostgreSQL pass is skipped: no PostgreSQL (see above).');
  const url = process.env.FRONTDESK_TEST_DATABASE_URL || POSTGRES_TEST_URL;
  // Spread, not mergeConfig: that would add `include` to the base's instead of replacing it.
  return {
    ...base,
    test: {
      ...base.test,
      name: 'postgres',
      include: reachable ? (mode === 'journeys' ? POSTGRES_JOURNEYS : ['test/e2e/**/*.test.ts']) : [],
      passWithNoTests: true,
      env: { FRONTDESK_TEST_DATABASE_URL: url },
      setupFiles: ['test/setup-env.ts', 'test/e2e-database-setup.ts'],
    },
  };
});
