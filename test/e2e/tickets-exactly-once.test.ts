// Exactly once: the real `frontdesk start` dies right after storing a ticket intent; the restart creates one Jira issue.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FakeJira, JIRA_CREDENTIALS, startFakeJira } from '../fakes/jira-server.js';
import { freePort, startCli } from './process.js';
import { openTestStore } from './test-database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-exactly-once-'));
const TOKEN = 'fd_exactly_once_owner_token_0123456789';
let jira: FakeJira | undefined;
let running: ChildProcess | undefined;

afterAll(async () => {
  running?.kill('SIGKILL');
  await jira?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(port: number, env: Record<string, string> = {}) {
  return startCli(
    {
      PORT: String(port),
      FRONTDESK_DATA_DIR: dataDir,
      FRONTDESK_BOOTSTRAP_TOKEN: TOKEN,
      LOG_LEVEL: 'info',
      ...env,
    },
    (child) => {
      running = child;
    },
  );
}

async function waitFor(predicate: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('Timed out.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ticket creation under a crash', () => {
  it('resumes the stored intent on restart and creates exactly one remote ticket', async () => {
    jira = await startFakeJira();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

    // 1. A server that exits right after storing a ticket intent; the bot sends tickets to Jira.
    const first = await start(port, { FRONTDESK_TEST_EXIT_AFTER_TICKET_INTENT: '1' });
    const integration = await fetch(`${base}/v1/integrations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        kind: 'jira',
        data: { baseUrl: jira.url, email: JIRA_CREDENTIALS.email, projectKey: JIRA_CREDENTIALS.projectKey },
        secret: JIRA_CREDENTIALS.apiToken,
      }),
    });
    expect(integration.status).toBe(201);
    const integrationJson = (await integration.json()) as { data: { id: string; secret: string } };
    expect(integrationJson.data.secret).not.toContain(JIRA_CREDENTIALS.apiToken);
    const store = await openTestStore(dataDir);
    const demo = await store.getBot('ws_default', 'demo');
    await store.saveBot({
      ...demo!,
      settings: {
        ...demo!.settings,
        ticketPolicy: { ...demo!.settings.ticketPolicy, integrationId: integrationJson.data.id },
      },
    });

    // 2. Asking for a human stores the intent, and the process dies before calling Jira.
    await fetch(`${base}/v1/bots/demo/message`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ message: { text: 'I want to talk to a human about my invoice' } }),
    }).catch(() => undefined);
    expect(await first.exited).toBe(86);
    expect(jira.created()).toBe(0);
    const { tickets } = await store.listTickets('ws_default', {
      sort: 'createdAt',
      order: 'desc',
      limit: 10,
      offset: 0,
    });
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ sink: 'jira', externalId: '' });
    expect(await store.getOutboxByKey('ws_default', `ticket:${tickets[0]!.idempotencyKey}`)).toMatchObject({
      status: 'pending',
    });

    // 3. The restart finishes the intent: one Jira issue, linked to the ticket, and never a second.
    const second = await start(port);
    await waitFor(() => jira!.created() === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(jira.created()).toBe(1);
    const synced = await store.getTicket(tickets[0]!.id);
    expect(synced).toMatchObject({ externalId: 'SUP-1', url: `${jira.url}/browse/SUP-1` });
    expect(jira.issues[0]!.fields.summary).toContain('invoice');
    await store.close();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);
});
