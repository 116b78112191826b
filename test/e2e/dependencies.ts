// The production app (createRuntime + composeApp) in-process around a given store, for tests of failures inside it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { composeApp } from '@frontdesk/server';
import { createLogger, createMemoryRateLimiter, createRuntime, loadSettings } from '@frontdesk/services';
import { OWNER_TOKEN } from './harness.js';

/** The app over `store`, with the owner token `OWNER_TOKEN`; no agent is called. */
export async function buildTestApp(store: Store): Promise<ReturnType<typeof composeApp>['app']> {
  const settings = loadSettings({
    LOG_LEVEL: 'silent',
    FRONTDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'frontdesk-e2e-app-')),
    FRONTDESK_BOOTSTRAP_TOKEN: OWNER_TOKEN,
  });
  const runtime = await createRuntime(settings, {
    store,
    logger: createLogger({ level: 'silent' }),
    rateLimiter: createMemoryRateLimiter(),
    secretKey: randomBytes(32),
    agentFor: () => {
      throw new Error('no agent in this test');
    },
    knowledge: { articles: () => [] },
  });
  return composeApp(runtime).app;
}
