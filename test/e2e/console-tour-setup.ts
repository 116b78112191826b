// The console tour's data: a real server with tickets (messages, a note, a staff reply), a resolved ticket
// with a CSAT answer, a help article, a group, a canned reply and a Jira integration against a fake Jira.
import { rm } from 'node:fs/promises';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import { type FakeJira, JIRA_CREDENTIALS, startFakeJira } from '../fakes/jira-server.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

/** The owner who signs in to the console with e-mail and password. */
export const OWNER = { email: 'ada@example.com', name: 'Ada Lovelace', password: 'ada owns the desk' };

export interface Tour {
  server: TestServer;
  jira: FakeJira;
  /** The open ticket with a staff reply and a note. */
  ticketId: string;
  conversationId: string;
  close(): Promise<void>;
}

async function must(call: ReturnType<typeof api>, what: string) {
  const result = await call;
  if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.json)}`);
  return result.json;
}

/** A widget visitor asks for a person; returns the ticket and conversation ids and the visitor. */
async function openTicket(server: TestServer, text: string) {
  const visitor = await startVisitor(server);
  const conversationId = conversationIdOf(await visitor.say(text));
  const list = await api(server, OWNER_TOKEN, 'GET', '/v1/tickets?limit=200');
  const ticket = list.json.data.find(
    (item: { conversationId: string }) => item.conversationId === conversationId,
  );
  return { id: ticket.id as string, conversationId, visitor };
}

export async function startTour(): Promise<Tour> {
  // A copy of the demo knowledge, so the article written here stays out of the repository.
  const knowledge = await copyDemoKnowledge('frontdesk-tour-');
  const [server, jira] = await Promise.all([
    startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: knowledge } }),
    startFakeJira(),
  ]);
  const quiet = { out() {}, err() {} };
  await setPasswordCommand(
    server.store,
    { email: OWNER.email, name: OWNER.name, role: 'owner' },
    OWNER.password,
    quiet,
  );
  await setPasswordCommand(
    server.store,
    { email: 'grace@example.com', name: 'Grace Hopper', role: 'staff' },
    'grace works the desk',
    quiet,
  );
  const call = (method: string, path: string, body?: unknown) =>
    must(api(server, OWNER_TOKEN, method, path, body), `${method} ${path}`);

  // A resolved ticket whose visitor answered the CSAT question.
  const rated = await openTicket(server, 'I want to talk to a human about my invoice');
  await call('POST', `/v1/tickets/${rated.id}/replies`, { text: 'Hi, Grace here. I fixed the invoice.' });
  await call('PATCH', `/v1/tickets/${rated.id}`, { status: 'resolved' });
  await rated.visitor.say('4', rated.conversationId);
  const csat = await call('GET', '/v1/csat');
  if (csat.data.length !== 1) throw new Error(`The CSAT answer was not stored: ${JSON.stringify(csat)}`);

  // An open ticket with a staff reply and an internal note.
  const open = await openTicket(server, 'I want to talk to a human, my password reset mail never arrives');
  await call('POST', `/v1/tickets/${open.id}/replies`, {
    text: 'Sorry about that. Could you check your spam folder while I look at the mail log?',
  });
  await call('POST', `/v1/conversations/${open.conversationId}/notes`, {
    text: 'Mail log shows a bounce from their server.',
  });
  await call('PATCH', `/v1/tickets/${open.id}`, { priority: 'high' });

  await call('POST', '/v1/groups', { name: 'Billing' });
  await call('POST', '/v1/desk/canned-replies', {
    title: 'Spam folder',
    shortcut: 'spam',
    body: 'Could you check your spam folder? Our mail sometimes lands there.',
  });
  await call('POST', '/v1/knowledge/demo/articles', {
    slug: 'reset-mail-missing',
    title: 'The password reset mail does not arrive',
    markdown:
      '## No reset mail?\n\nLook in the spam folder, then add **no-reply@example.com** to your contacts.',
    tags: ['account'],
  });
  const { apiToken, ...data } = JIRA_CREDENTIALS;
  await call('POST', '/v1/integrations', {
    kind: 'jira',
    name: 'Support Jira',
    data: { ...data, baseUrl: jira.url },
    secret: apiToken,
  });
  return {
    server,
    jira,
    ticketId: open.id,
    conversationId: open.conversationId,
    async close() {
      await Promise.all([server.close(), jira.close()]);
      await rm(knowledge, { recursive: true, force: true });
    },
  };
}
