// `npm run bench` (fourth part): the widget in Chromium. What the loader costs a host page's main
// thread (script time with the widget minus without, the panel chunk held back), and the time from
// a click on the launcher to a usable panel (the composer focused), with the panel chunk not yet
// loaded (cold) and preloaded by a hover (warm). Needs /usr/bin/chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@frontdesk/server';
import { loadSettings } from '@frontdesk/services';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { BENCH_TOKEN } from './bench-token.js';

const RUNS = Number(process.env.BENCH_WIDGET_RUNS ?? 15);
const CHROMIUM = '/usr/bin/chromium';

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** A host page; `stall` holds back its `load` event (so the widget's idle preload cannot start). */
function hostPage(withWidget: boolean, stall: boolean): string {
  const widget = withWidget ? '<script src="/widget.js" data-bot="demo"></script>' : '';
  const image = stall ? '<img src="/bench-stall.png" alt="">' : '';
  // Both pages run a script of their own, so the page's first-script start-up is not the widget's.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>document.documentElement.dataset.shop = 'ready';</script></head>
<body><h1>A shop</h1><p>Products and prices.</p>${image}${widget}</body></html>`;
}

async function newPage(browser: Browser, url: string, html: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${url}/bench-host`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // Answered only when the run is over: the page's load event waits for it.
  await page.route(`${url}/bench-stall.png`, () => {});
  return page;
}

/** Main-thread script time (ms) of one page view, from Chromium's own counters. */
async function scriptTime(browser: Browser, url: string, withWidget: boolean): Promise<number> {
  const page = await newPage(browser, url, hostPage(withWidget, false));
  // Only the loader counts here: the panel chunk it would fetch at idle is held back.
  await page.route(`${url}/widget.js?chunk=*`, () => {});
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The script tag is not async: by `load` the launcher is drawn. Nothing else runs in the page
  // before the metrics are read (a Playwright locator would inject its own script).
  await page.goto(`${url}/bench-host`, { waitUntil: 'load' });
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.context().close();
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Milliseconds from the launcher's click to the composer having focus. */
async function clickToPanel(browser: Browser, url: string, warm: boolean): Promise<number> {
  const page = await newPage(browser, url, hostPage(true, !warm));
  await page.goto(`${url}/bench-host`, { waitUntil: 'domcontentloaded' });
  await page.locator('.fd-launcher').waitFor();
  if (warm) {
    await page.locator('.fd-launcher').hover();
    // The panel chunk registers itself on `self.__frontdesk` under its URL.
    await page.waitForFunction(
      "Object.keys(self.__frontdesk || {}).some((url) => url.includes('chunk=panel.'))",
    );
  }
  // Runs in the page (bench/ is compiled without the DOM's types, hence a string).
  const elapsed = (await page.evaluate(`(async () => {
    const root = document.querySelector('[data-frontdesk-widget]').shadowRoot;
    const start = performance.now();
    root.querySelector('.fd-launcher').click();
    await new Promise((resolve) => {
      const check = () => (root.activeElement?.tagName === 'TEXTAREA' ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  })()`)) as number;
  await page.context().close();
  return elapsed;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nWidget in Chromium: skipped, ${CHROMIUM} is not installed (apt-get install chromium).`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-widget-loader-'));
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: dataDir,
    FRONTDESK_BOOTSTRAP_TOKEN: BENCH_TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(
    { ...settings, port: 0 },
    { logger: pino({ level: 'silent' }), handleSignals: false },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const loader: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    // One unmeasured round warms the server's compressed copies and Chromium's own start-up.
    await scriptTime(browser, server.url, true);
    for (let run = 0; run < RUNS; run++) {
      loader.push(
        (await scriptTime(browser, server.url, true)) - (await scriptTime(browser, server.url, false)),
      );
      cold.push(await clickToPanel(browser, server.url, false));
      warm.push(await clickToPanel(browser, server.url, true));
    }
    console.log('\nWidget in Chromium');
    console.log(
      `loader's main-thread script time on the host page, ${RUNS} page views: median ${round(median(loader))} ms, ` +
        `max ${round(Math.max(...loader))} ms`,
    );
    console.log(
      `click → usable panel (composer focused), panel chunk not loaded yet: median ${round(median(cold))} ms, ` +
        `max ${round(Math.max(...cold))} ms`,
    );
    console.log(
      `click → usable panel, panel chunk preloaded by hover or idle: median ${round(median(warm))} ms, ` +
        `max ${round(Math.max(...warm))} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
