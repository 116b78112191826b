// Ticket updates coming back: Jira webhooks, the webhook sink's callback, and the ServiceNow poller, against the fakes.
import { signJiraWebhook, signWebhook } from '@frontdesk/tickets';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVICENOW_CREDENTIALS } from '../fakes/servicenow-server.js';
import { WEBHOOK_SECRET } from '../fakes/webhook-receiver.js';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { jiraIntegration, sendDemoTicketsTo } from './ticket-integration.js';
import { useTicketSystems } from './ticket-systems.js';

/** The id the visitor's ticket card shows, and so the status sentence: the remote system's key, never Frontdesk's own. */
const shownId = (ticket: { displayId?: string | null; externalId?: string | null; id: string }) =>
  ticket.displayId || ticket.externalId || ticket.id;

const JIRA_HOOK_SECRET = 'jira-hook-secret-0123456789';

const systems = useTicketSystems();
let staff: string;

beforeAll(async () => {
  staff = await systems.server.token({ role: 'staff' });
});

/** Asks for a human through the API; returns the conversation and its ticket. */
async function apiTicket() {
  const { server } = systems;
  const response = await server.post('/v1/bots/demo/message', {
    message: { text: 'Please let me talk to a human' },
  });
  const conversationId = ((await response.json()) as { data: { conversationId: string } }).data
    .conversationId;
  const list = await api(server, staff, 'GET', '/v1/tickets?channel=api&limit=100');
  const ticket = list.json.data.find(
    (item: { conversationId: string }) => item.conversationId === conversationId,
  );
  return { conversationId, ticket: await server.store.getTicket(ticket.id) };
}

async function transcriptTexts(conversationId: string): Promise<string[]> {
  const { server } = systems;
  const transcript = await api(server, staff, 'GET', `/v1/conversations/${conversationId}/transcript`);
  return transcript.json.data.map((message: { text: string }) => message.text);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Not reached in time.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function jiraStatusChange(issueKey: string, name: string, category: string) {
  return JSON.stringify({
    timestamp: Date.now(),
    webhookEvent: 'jira:issue_updated',
    issue_event_type_name: 'issue_generic',
    issue: { key: issueKey, fields: { status: { name, statusCategory: { key: category } } } },
    changelog: {
      items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', fromString: 'To Do', toString: name }],
    },
  });
}

function postRaw(path: string, body: string, headers: Record<string, string> = {}) {
  const { server } = systems;
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

describe('POST /hooks/jira/{integrationId}', () => {
  let integrationId: string;
  beforeAll(async () => {
    const { server, jira } = systems;
    integrationId = await sendDemoTicketsTo(server, {
      ...jiraIntegration(jira),
      callbackSecret: JIRA_HOOK_SECRET,
    });
  });

  it('never shows the callback secret, only its mask', async () => {
    const { server } = systems;
    const shown = await api(server, OWNER_TOKEN, 'GET', `/v1/integrations/${integrationId}`);
    expect(JSON.stringify(shown.json)).not.toContain(JIRA_HOOK_SECRET);
    expect(shown.json.data.callbackSecret).toBe('••••6789');
    expect(shown.json.data.data.callbackSecret).toBeUndefined();
  });

  it('posts a signed status change into the widget, then asks for a rating when the issue is done', async () => {
    const { server } = systems;
    const visitor = await startVisitor(server);
    const conversationId = conversationIdOf(await visitor.say('I want to talk to a human about my invoice'));
    const ticket = (
      await server.store.listTickets('ws_default', { sort: 'createdAt', order: 'desc', limit: 1, offset: 0 })
    ).tickets[0]!;
    expect(ticket).toMatchObject({ conversationId, sink: 'jira' });
    expect(shownId(ticket)).toMatch(/^[A-Z]+-\d+$/);
    const stream = await visitor.listen(conversationId);

    const progress = jiraStatusChange(ticket.externalId, 'In Progress', 'indeterminate');
    const first = await postRaw(`/hooks/jira/${integrationId}`, progress, {
      'X-Hub-Signature': signJiraWebhook(JIRA_HOOK_SECRET, progress),
    });
    expect(first.status).toBe(200);
    const done = jiraStatusChange(ticket.externalId, 'Done', 'done');
    await postRaw(`/hooks/jira/${integrationId}`, done, {
      'X-Hub-Signature': signJiraWebhook(JIRA_HOOK_SECRET, done),
    });

    await stream.until(() => stream.received.length >= 3);
    // The card says the Jira key, and its link opens the visitor's page of that ticket.
    const card = (await visitor.history(conversationId)).findLast((message) => message.ticket)?.ticket;
    expect(card?.id).toBe(shownId(ticket));
    const page = await fetch(card?.url ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('I want to talk to a human about my invoice');
    expect(stream.received.map((message) => message.text)).toEqual([
      `Your ticket ${shownId(ticket)} is now in progress.`,
      `Your ticket ${shownId(ticket)} is now resolved.`,
      expect.stringContaining('from 1 (poor) to 5 (excellent)'),
    ]);
    await stream.close();
  });

  it('accepts the secret in the query, and refuses a forged signature or a wrong secret', async () => {
    const { server } = systems;
    const { conversationId, ticket } = await apiTicket();
    const body = jiraStatusChange(ticket!.externalId, 'In Progress', 'indeterminate');
    const forged = await postRaw(`/hooks/jira/${integrationId}`, body, {
      'X-Hub-Signature': signJiraWebhook('not-the-secret-000000', body),
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { code: string }).code).toBe('authentication_error');
    expect((await postRaw(`/hooks/jira/${integrationId}?secret=wrong-secret-0000000000`, body)).status).toBe(
      401,
    );
    expect((await postRaw(`/hooks/jira/${integrationId}`, body)).status).toBe(401);
    expect(await transcriptTexts(conversationId)).not.toContain(
      `Your ticket ${shownId(ticket!)} is now in progress.`,
    );

    const viaQuery = await postRaw(`/hooks/jira/${integrationId}?secret=${JIRA_HOOK_SECRET}`, body);
    expect(viaQuery.status).toBe(200);
    expect(await transcriptTexts(conversationId)).toContain(
      `Your ticket ${shownId(ticket!)} is now in progress.`,
    );
    expect((await server.store.getTicket(ticket!.id))?.status).toBe('in progress');
  });

  it('ignores issues that are not Frontdesk tickets and unknown integrations', async () => {
    const body = jiraStatusChange('OTHER-99', 'Done', 'done');
    const ignored = await postRaw(`/hooks/jira/${integrationId}`, body, {
      'X-Hub-Signature': signJiraWebhook(JIRA_HOOK_SECRET, body),
    });
    expect(((await ignored.json()) as { data: { applied: boolean } }).data.applied).toBe(false);
    expect((await postRaw('/hooks/jira/int_unknown', body)).status).toBe(404);
  });

  it('refuses a replayed delivery and one without a fresh timestamp, even when correctly signed', async () => {
    const body = jiraStatusChange('OTHER-100', 'Done', 'done');
    const headers = { 'X-Hub-Signature': signJiraWebhook(JIRA_HOOK_SECRET, body) };
    expect((await postRaw(`/hooks/jira/${integrationId}`, body, headers)).status).toBe(200);
    const replayed = await postRaw(`/hooks/jira/${integrationId}`, body, headers);
    expect(replayed.status).toBe(409);
    expect(await replayed.json()).toMatchObject({ success: false, code: 'conflict_error' });

    const stale = JSON.stringify({ ...JSON.parse(body), timestamp: Date.now() - 60 * 60 * 1000 });
    const old = await postRaw(`/hooks/jira/${integrationId}`, stale, {
      'X-Hub-Signature': signJiraWebhook(JIRA_HOOK_SECRET, stale),
    });
    expect(old.status).toBe(401);
  });
});

describe('POST /hooks/webhook/{integrationId}', () => {
  let integrationId: string;
  beforeAll(async () => {
    const { server, webhook } = systems;
    integrationId = await sendDemoTicketsTo(server, {
      kind: 'webhook',
      data: { url: `${webhook.url}/hooks/tickets` },
      secret: WEBHOOK_SECRET,
    });
  });

  function signed(body: unknown, secret = WEBHOOK_SECRET, at = Math.floor(Date.now() / 1000)) {
    const text = JSON.stringify(body);
    return {
      text,
      headers: {
        'X-Frontdesk-Timestamp': String(at),
        'X-Frontdesk-Signature': signWebhook(secret, at, text),
      },
    };
  }

  it('applies a signed status change and posts the comment as a staff reply', async () => {
    const { server } = systems;
    const { conversationId, ticket } = await apiTicket();
    expect(ticket?.externalId).toMatch(/^HOOK-/);
    const { text, headers } = signed({
      externalId: ticket!.externalId,
      status: 'in progress',
      comment: 'Hi, Grace here: I am on it.',
    });
    const response = await postRaw(`/hooks/webhook/${integrationId}`, text, headers);
    expect(response.status).toBe(200);
    const texts = await transcriptTexts(conversationId);
    expect(texts).toContain(`Your ticket ${shownId(ticket!)} is now in progress.`);
    expect(texts.at(-1)).toBe('Hi, Grace here: I am on it.');
    const detail = await api(server, staff, 'GET', `/v1/tickets/${ticket!.id}`);
    expect(detail.json.data.messages.at(-1).role).toBe('staff');
  });

  it('refuses forged, stale and unknown-ticket callbacks', async () => {
    const { server } = systems;
    const { conversationId, ticket } = await apiTicket();
    const forged = signed({ ticketId: ticket!.id, status: 'resolved' }, 'whsec-forged-000000000');
    expect((await postRaw(`/hooks/webhook/${integrationId}`, forged.text, forged.headers)).status).toBe(401);
    const stale = signed(
      { ticketId: ticket!.id, status: 'resolved' },
      WEBHOOK_SECRET,
      Math.floor(Date.now() / 1000) - 3600,
    );
    expect((await postRaw(`/hooks/webhook/${integrationId}`, stale.text, stale.headers)).status).toBe(401);
    const unknown = signed({ ticketId: 'FD-NOPE', status: 'resolved' });
    expect((await postRaw(`/hooks/webhook/${integrationId}`, unknown.text, unknown.headers)).status).toBe(
      404,
    );
    const empty = signed({ ticketId: ticket!.id });
    expect((await postRaw(`/hooks/webhook/${integrationId}`, empty.text, empty.headers)).status).toBe(400);
    expect((await server.store.getTicket(ticket!.id))?.status).toBe('open');
    expect(await transcriptTexts(conversationId)).toHaveLength(2);
  });
});

describe('ServiceNow poller', () => {
  beforeAll(async () => {
    const { server, servicenow } = systems;
    await sendDemoTicketsTo(server, {
      kind: 'servicenow',
      data: { baseUrl: servicenow.url, username: SERVICENOW_CREDENTIALS.username, pollIntervalSeconds: 1 },
      secret: SERVICENOW_CREDENTIALS.password,
    });
  });

  it('picks up a state change in ServiceNow and posts it, with the rating question on resolve', async () => {
    const { server, servicenow } = systems;
    const { conversationId, ticket } = await apiTicket();
    expect(ticket?.sink).toBe('servicenow');
    expect(shownId(ticket!)).toMatch(/^INC\d+$/);
    servicenow.setState(ticket!.externalId, '2');
    await eventually(async () =>
      (await transcriptTexts(conversationId)).includes(`Your ticket ${shownId(ticket!)} is now in progress.`),
    );
    servicenow.setState(ticket!.externalId, '6');
    await eventually(async () =>
      (await transcriptTexts(conversationId)).some((text) => text.includes('from 1 (poor) to 5')),
    );
    expect((await server.store.getTicket(ticket!.id))?.status).toBe('resolved');
  });
});
