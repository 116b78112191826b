// The desk browser suites' setup: a real server with two staff members (Grace signs in with a
// password), a Billing group, tickets opened by widget visitors, and the checks every screen gets.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { signInWithPassword } from './console-sign-in.js';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
export const GRACE = { email: 'grace@example.com', name: 'Grace Hopper', password: 'grace works the desk' };

export interface DeskBrowser {
  server: TestServer;
  browser: Browser;
  errors: string[];
  groupId: string;
  /** A new browser context with this viewport (phone-like under 500 px). */
  context(width: number): Promise<BrowserContext>;
  /** A page signed in as Grace, on the ticket list. */
  signedIn(context: BrowserContext): Promise<Page>;
  /** A widget visitor opens a ticket; returns its id, the conversation and the visitor. */
  openTicket(
    text: string,
  ): Promise<{ id: string; conversationId: string; visitor: Awaited<ReturnType<typeof startVisitor>> }>;
  /** axe-clean, fits its width, and a screenshot to look at. */
  check(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDeskBrowser(): Promise<DeskBrowser> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startTestServer();
  const output = { out() {}, err() {} };
  await setPasswordCommand(
    server.store,
    { email: GRACE.email, name: GRACE.name, role: 'staff' },
    GRACE.password,
    output,
  );
  await setPasswordCommand(
    server.store,
    { email: 'alan@example.com', name: 'Alan Turing', role: 'staff' },
    'alan works the desk',
    output,
  );
  const group = await api(server, OWNER_TOKEN, 'POST', '/v1/groups', { name: 'Billing' });
  const browser = await launchChromium();
  const errors: string[] = [];
  return {
    server,
    browser,
    errors,
    groupId: group.json.data.id,
    async context(width) {
      const phone = width < 500;
      const context = await browser.newContext({
        viewport: { width, height: phone ? 844 : 900 },
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
      return context;
    },
    async signedIn(context) {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}/console`);
      await signInWithPassword(page, GRACE.email, GRACE.password);
      await page.getByRole('heading', { name: 'Tickets' }).waitFor();
      await page.getByText('Live', { exact: true }).waitFor();
      return page;
    },
    async openTicket(text) {
      const visitor = await startVisitor(server);
      const conversationId = conversationIdOf(await visitor.say(text));
      const list = await api(server, OWNER_TOKEN, 'GET', '/v1/tickets?limit=200');
      const ticket = list.json.data.find(
        (item: { conversationId: string }) => item.conversationId === conversationId,
      );
      return { id: ticket.id, conversationId, visitor };
    },
    check: checkScreen,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
