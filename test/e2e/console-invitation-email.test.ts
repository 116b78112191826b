// Invitations with SMTP set: the link is e-mailed through the server's mailer (and still returned),
// and the e-mailed link lets the member choose a password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtpServer, startFakeSmtpServer } from '../fakes/smtp-server.js';
import { startTestServer, type TestServer } from './harness.js';

describe('invitation e-mail', () => {
  let smtp: FakeSmtpServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startFakeSmtpServer();
    server = await startTestServer({
      env: { FRONTDESK_SMTP_URL: smtp.url, FRONTDESK_SMTP_FROM: 'Desk <desk@example.com>' },
    });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('e-mails the link to the member; the link from the e-mail works once', async () => {
    const created = await server.post('/v1/members', {
      email: 'rae@example.com',
      name: 'Rae <b>',
      role: 'staff',
    });
    const memberId = (await created.json()).data.id;
    const invited = await server.post('/v1/invitations', { memberId });
    const body = (await invited.json()).data;
    expect(body.emailed).toBe(true);
    const mail = await smtp.waitFor(() =>
      smtp.received.find((item) => item.text?.includes('/console#/welcome/')),
    );
    expect(mail.subject).toBe('Your invitation to Frontdesk');
    expect(mail.text).toContain(body.link);
    // The member's name is text in the HTML part, never markup.
    expect(String(mail.html)).toContain('Rae &lt;b&gt;');
    const secret = /welcome\/(inv_[\w-]+)/.exec(mail.text ?? '')![1];
    const accepted = await fetch(`${server.url}/auth/invitations/${secret}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: 'rae chose this one' }),
    });
    expect(accepted.status).toBe(200);
  });
});
