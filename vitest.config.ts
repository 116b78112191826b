// Tests run against the TypeScript sources; @frontdesk/* resolve to each package's src.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@frontdesk\/core\/wire$/, replacement: `${root}packages/core/src/wire.ts` },
      { find: /^@frontdesk\/core\/testing$/, replacement: `${root}packages/core/src/testing.ts` },
      {
        find: /^@frontdesk\/(core|outbound|agents|tickets|store|services|http|server|cli)$/,
        replacement: `${root}packages/$1/src/index.ts`,
      },
      {
        find: /^@frontdesk\/(services|http|server|cli)\/(.+)$/,
        replacement: `${root}packages/$1/src/$2.ts`,
      },
      { find: /^@frontdesk\/web$/, replacement: `${root}adapters/web/src/index.ts` },
      { find: /^@frontdesk\/web\/(.+)$/, replacement: `${root}adapters/web/src/$1.ts` },
      { find: /^@frontdesk\/(slack|teams)$/, replacement: `${root}adapters/$1/src/index.ts` },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'adapters/*/src/**/*.test.ts',
      'widget/src/**/*.test.{ts,tsx}',
      'packages/console/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most files wait on servers, browsers and timers rather than compute: two workers even on two
    // cores (vitest's default there is one) took the main pass from 788 s to 541 s on the 2-core machine.
    maxWorkers: 2,
    setupFiles: ['test/setup-env.ts'],
    // expect.poll waits for what a browser or a server does next; vitest's 1 s default is too short
    // on a loaded 2-core CI machine, and a poll that succeeds returns at once whatever the limit.
    expect: { poll: { timeout: 10_000 } },
  },
});
