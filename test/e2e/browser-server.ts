// A real server and Chromium for a browser test file: started before its tests, closed after them.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';
import { launchChromium } from './chromium.js';
import { startTestServer, type TestServer, type TestServerOptions } from './harness.js';

export interface BrowserServer {
  server: TestServer;
  browser: Browser;
}

export interface BrowserServerOptions extends TestServerOptions {
  /** Arranges the server before Chromium starts, e.g. saves the bots the tests use. */
  prepare?: (server: TestServer) => Promise<void>;
}

/**
 * Starts the server, runs `prepare` on it, launches Chromium and makes the screenshots folder
 * before the tests; closes Chromium and the server after them. The fields are set in `beforeAll`,
 * so read them (or destructure them) inside tests only.
 */
export function useBrowserServer(options: BrowserServerOptions = {}): BrowserServer {
  const { prepare, ...serverOptions } = options;
  const running = {} as BrowserServer;
  beforeAll(async () => {
    running.server = await startTestServer(serverOptions);
    await prepare?.(running.server);
    running.browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}
