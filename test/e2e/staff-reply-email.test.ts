// A staff reply reaches a visitor who left: e-mailed over real SMTP (to a server on 127.0.0.1), once, with a signed link back.
import { createResumeLinks, loadSecretKey, RESUME_PARAMETER } from '@frontdesk/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtpServer, startFakeSmtpServer } from '../fakes/smtp-server.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { api, collectEvents, conversationIdOf } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let smtp: FakeSmtpServer;
let server: TestServer;

beforeAll(async () => {
  smtp = await startFakeSmtpServer();
  server = await startTestServer({
    env: { FRONTDESK_SMTP_URL: smtp.url, FRONTDESK_SMTP_FROM: 'Tallyho support <help@tallyho.example>' },
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** A widget visitor (the site's identify() gave their e-mail, or nothing) who opens a ticket. */
async function visitorWithTicket(user?: { userId: string; email: string }) {
  const headers = { 'Content-Type': 'application/json', Origin: server.url };
  const session = await fetch(`${server.url}/widget/v1/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ botId: 'demo', ...(user ? { user } : {}) }),
  });
  const token = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
  const auth = { ...headers, Authorization: `Bearer ${token}` };
  const said = await fetch(`${server.url}/widget/v1/messages`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ text: 'I want to talk to a human about my invoice' }),
  });
  const conversationId = conversationIdOf(await said.text());
  const ticket = await server.store.findTicketByIdempotencyKey(
    'ws_default',
    `${conversationId}:human-request`,
  );
  return { conversationId, ticketId: ticket!.id, auth };
}

const reply = (ticketId: string, text: string) =>
  api(server, OWNER_TOKEN, 'POST', `/v1/tickets/${ticketId}/replies`, { text });
const settle = () => new Promise((resolve) => setTimeout(resolve, 1200));

describe('staff replies by e-mail', () => {
  it('e-mails a reply to a visitor who left their address and closed the chat, with a link that reopens it', async () => {
    const { conversationId, ticketId } = await visitorWithTicket({
      userId: 'ada-1',
      email: 'ada@example.com',
    });
    const text = 'Hi Ada, **your invoice** is fixed. <img src=x onerror=alert(1)>\n\nGrace';
    expect((await reply(ticketId, text)).status).toBe(201);

    const mail = await smtp.waitFor(() => smtp.received.find((item) => item.text?.includes('your invoice')));
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('ada@example.com');
    expect(mail.from?.text).toBe('"Tallyho support" <help@tallyho.example>');
    expect(mail.subject).toBe('New reply from Demo bot support');
    expect(mail.html).toContain('<strong>your invoice</strong> is fixed.');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const link = /Continue the conversation: (\S+)/.exec(mail.text ?? '')?.[1] ?? '';
    const url = new URL(link);
    expect(`${url.origin}/`).toBe(`${server.url}/`);
    const token = url.searchParams.get(RESUME_PARAMETER) ?? '';
    const links = createResumeLinks(loadSecretKey({ dataDir: server.dataDir }));
    expect(links.verify(token, Date.now())).toMatchObject({ conversationId, botId: 'demo' });
    expect(links.verify(`${token.slice(0, -2)}xx`, Date.now())).toBeUndefined();
    expect(links.verify(token, Date.now() + 31 * 24 * 60 * 60 * 1000)).toBeUndefined();
  });

  it("reopens the conversation from the e-mail's link on another device, and a forged link opens nothing", async () => {
    const { conversationId, ticketId, auth } = await visitorWithTicket();
    const email = await fetch(`${server.url}/widget/v1/conversations/${conversationId}/email`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ email: 'lin@example.com' }),
    });
    expect(email.status).toBeLessThan(300);
    expect((await reply(ticketId, 'Lin, your parcel left the warehouse today.')).status).toBe(201);
    const mail = await smtp.waitFor(() =>
      smtp.received.find((item) => item.text?.includes('parcel left the warehouse')),
    );
    const link = /Continue the conversation: (\S+)/.exec(mail.text ?? '')?.[1] ?? '';
    const resume = new URL(link).searchParams.get(RESUME_PARAMETER) ?? '';

    // Another browser: no earlier visitor token, only the link's token.
    const session = async (token: string) => {
      const response = await fetch(`${server.url}/widget/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.url },
        body: JSON.stringify({ botId: 'demo', resume: token }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { data: { visitorToken: string; conversationId?: string } }).data;
    };
    const resumed = await session(resume);
    expect(resumed.conversationId).toBe(conversationId);
    const history = await fetch(`${server.url}/widget/v1/conversations/${conversationId}/messages`, {
      headers: { Origin: server.url, Authorization: `Bearer ${resumed.visitorToken}` },
    });
    expect(history.status).toBe(200);
    expect(await history.text()).toContain('parcel left the warehouse');

    // The link itself: the token leaves the address bar for a short-lived cookie, the page hands it to the widget.
    const landing = await fetch(link, { redirect: 'manual' });
    expect(landing.status).toBe(303);
    expect(landing.headers.get('location')).toBe('/');
    const cookie = landing.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^frontdesk_resume=[^;]+;.*HttpOnly/i);
    const page = await fetch(`${server.url}/`, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    const html = await page.text();
    expect(html).toContain(`data-resume="${resume}" data-open="true"`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await (await fetch(`${server.url}/`)).text()).not.toContain('data-resume');

    if (chromiumAvailable('the e-mail link journey')) {
      const browser = await launchChromium();
      try {
        const tab = await (await browser.newContext()).newPage();
        await tab.goto(link);
        expect(new URL(tab.url()).search).toBe('');
        await tab.locator('.fd-bubble').getByText('parcel left the warehouse').waitFor({ timeout: 10_000 });
      } finally {
        await browser.close();
      }
    }

    const forged = await session(`${resume.slice(0, -2)}xx`);
    expect(forged.conversationId).toBeUndefined();
    const refused = await fetch(`${server.url}/widget/v1/conversations/${conversationId}/messages`, {
      headers: { Origin: server.url, Authorization: `Bearer ${forged.visitorToken}` },
    });
    expect(refused.status).toBe(404);
  });

  it('does not e-mail while the widget is open: the reply arrives in it', async () => {
    const { conversationId, ticketId, auth } = await visitorWithTicket({
      userId: 'bo-1',
      email: 'bo@example.com',
    });
    const stream = await collectEvents(
      `${server.url}/widget/v1/conversations/${conversationId}/events`,
      auth,
      (frame) => /^data: (.*)$/m.exec(frame)?.[1],
    );
    await reply(ticketId, 'Hello Bo, I see you are online.');
    await stream.until(() => stream.frames.some((frame) => frame.includes('you are online')));
    await settle();
    await stream.close();
    expect(
      smtp.received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === 'bo@example.com'),
    ).toEqual([]);
  });

  it('sends nothing to a visitor without an address', async () => {
    const before = smtp.received.length;
    const { ticketId } = await visitorWithTicket();
    expect((await reply(ticketId, 'Anyone there?')).status).toBe(201);
    await settle();
    expect(smtp.received.length).toBe(before);
  });

  it('retries when the mail server refuses for a while, and sends the reply once', async () => {
    const { ticketId } = await visitorWithTicket({ userId: 'cy-1', email: 'cy@example.com' });
    smtp.refuseNext(1);
    const sent = await reply(ticketId, 'Cy, your refund is on its way.');
    expect(sent.json.data.delivery.status).toBe('pending');
    await smtp.waitFor(
      () => smtp.received.find((mail) => mail.text?.includes('refund is on its way')),
      15_000,
    );
    expect(smtp.refused()).toBeGreaterThanOrEqual(1);
    await settle();
    expect(smtp.received.filter((mail) => mail.text?.includes('refund is on its way'))).toHaveLength(1);
    const detail = await api(server, OWNER_TOKEN, 'GET', `/v1/tickets/${ticketId}`);
    expect(detail.status).toBe(200);
  });
});
