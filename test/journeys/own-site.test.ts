// Your own site: a page on an origin the bot does not allow is told why (server log, browser
// console with the fix), and works once the origin is added.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../e2e/chromium.js';
import { OWNER_TOKEN } from '../e2e/harness.js';
import { DESKTOP, type Journey, startJourney, visitorOf } from './journeys-setup.js';

const available = chromiumAvailable('the own-site journeys');

/** A shop's page on its own origin, with the widget tag a site owner copies from the README. */
function startShop(serverUrl: string): Promise<Server> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme shop</title></head>
<body><h1>Acme shop</h1><script src="${serverUrl}/widget.js" data-bot="site" async></script></body></html>`;
  const shop = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) => shop.listen(0, '127.0.0.1', () => resolve(shop)));
}

describe.skipIf(!available)('journey: the widget on your own site', () => {
  let journey: Journey;
  let shop: Server;
  let shopUrl: string;
  let page: Page;
  const logs: { msg: string; bot?: string; origin?: string; fix?: string }[] = [];
  const warnings: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    journey = await startJourney({ logger });
    const demo = (await journey.server.store.getBot('ws_default', 'demo'))!;
    const widget = { ...demo.settings.widget, allowLocalhost: false, allowedOrigins: [] };
    await journey.server.saveBot({ id: 'site', name: 'Acme', settings: { ...demo.settings, widget } });
    shop = await startShop(journey.server.url);
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    page = await (await journey.person(DESKTOP)).newPage();
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await journey?.close();
    await new Promise((resolve) => shop?.close(resolve));
  });

  it('explains a refused origin in the browser console with the command that fixes it', async () => {
    await page.goto(shopUrl);
    const visitor = visitorOf(page);
    await visitor.openChat();
    await page.getByRole('alert').getByText('Chat is not available on this page.').waitFor();
    await expect.poll(() => warnings.join('\n')).toContain(`frontdesk bot origins add site ${shopUrl}`);
    await journey.shot(page, 'own-site-1-refused');
  });

  it('logs the refusal on the server with the bot and the origin', () => {
    const refused = logs.filter((line) => line.msg === 'widget origin refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ bot: 'site', origin: shopUrl });
  });

  it('works once the origin is allowed', async () => {
    const response = await fetch(`${journey.server.url}/v1/bots/site`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ settings: { widget: { allowedOrigins: [shopUrl] } } }),
    });
    expect(response.status).toBe(200);
    await page.reload();
    const visitor = visitorOf(page);
    await visitor.openChat();
    await visitor.ask('How do I reset my password?');
    await expect
      .poll(() => visitor.lastBubble().textContent(), { timeout: 10_000 })
      .toContain('Forgot password?');
    await journey.shot(page, 'own-site-2-allowed');
  });

  it('threw no page errors', () => {
    expect(journey.errors).toEqual([]);
  });
});
