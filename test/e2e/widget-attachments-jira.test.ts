// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// A visitor's attachment travels to Jira: the widget uploads a screenshot, asks for a person with
// it, and the Jira issue (a fake on 127.0.0.1) gets the file as an attachment of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeJira, startFakeJira } from '../fakes/jira-server.js';
import { PNG } from './attachment-files.js';
import { readSse, startTestServer, type TestServer } from './harness.js';
import { SITE, siteWidget } from './site-widget.js';
import { jiraIntegration, sendDemoTicketsTo } from './ticket-integration.js';

describe('widget attachments in Jira', () => {
  let jira: FakeJira;
  let server: TestServer;

  beforeAll(async () => {
    jira = await startFakeJira();
    server = await startTestServer();
    await sendDemoTicketsTo(server, jiraIntegration(jira), { allowedOrigins: [SITE] });
  });

  afterAll(async () => {
    await server?.close();
    await jira?.close();
  });

  it('uploads the screenshot to the new issue, named as the visitor named it', async () => {
    const { call, visitor } = siteWidget(server);
    const token = await visitor();
    const uploaded = (await (
      await call('/attachments?name=checkout-error.png', { method: 'POST', token, body: PNG })
    ).json()) as any;
    const reply = await call('/messages', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: 'I want to talk to a human, checkout fails',
        attachments: [{ id: uploaded.data.id, name: 'checkout-error.png' }],
      }),
    });
    const events = await readSse(reply);
    const created = events.find((event) => event.event === 'ticket-created')?.data as any;
    expect(created.ticket.id).toMatch(/^SUP-\d+$/);
    expect(jira.attachments).toHaveLength(1);
    expect(jira.attachments[0]).toMatchObject({
      issueKey: created.ticket.id,
      filename: 'checkout-error.png',
      type: 'image/png',
    });
    expect(jira.attachments[0]!.content).toContain('PNG');
  });
});
