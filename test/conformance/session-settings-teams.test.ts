// Item 2 in Teams: an image without words gets the unknownMessage; a workspace member writing in
// someone else's thread is staff, and the core applies stopBotFromMe / listeningFromMe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { activity, postActivity, scriptedAgent } from '../e2e/teams-setup.js';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { call } from './seed.js';

let server: TestServer;
let connector: FakeBotConnector;
const agent = scriptedAgent({ chunks: ['An answer.'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

beforeAll(async () => {
  connector = await startFakeBotConnector();
  server = await startTestServer({ env: { FRONTDESK_TEAMS_EMULATOR: '1' }, agentFor: () => agent });
  await server.store.saveMember({
    id: 'mem_ada',
    workspaceId: 'ws_default',
    email: 'ada@acme.example',
    name: 'Ada',
    role: 'staff',
    status: 'active',
    createdAt: Date.now(),
    updatedAt: Date.now(),
  });
  connector.members.set('29:1user-channel', {
    id: '29:1user-channel',
    name: 'Alan Turing',
    email: 'alan@example.com',
  });
  connector.members.set('29:1user-staff', { id: '29:1user-staff', name: 'Ada', email: 'ada@acme.example' });
});
afterEach(() => {
  connector.sent.length = 0;
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});

const texts = () => JSON.stringify(connector.sent.map((entry) => entry.activity));

function staffInThread(thread: string, id: string, text: string) {
  return activity(
    'channel-mention',
    { serviceUrl: connector.url },
    {
      id,
      from: { id: '29:1user-staff', name: 'Ada', aadObjectId: 'aad-ada-0009' },
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: 'tenant-0001',
        id: `19:channel0001@thread.tacv2;messageid=${thread}`,
      },
      text: `<at>Frontdesk</at> ${text}`,
    },
  );
}

function customerInThread(thread: string, id: string, text: string) {
  return activity(
    'channel-mention',
    { serviceUrl: connector.url },
    {
      id,
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: 'tenant-0001',
        id: `19:channel0001@thread.tacv2;messageid=${thread}`,
      },
      text: `<at>Frontdesk</at> ${text}`,
    },
  );
}

describe('Teams non-text input', () => {
  it('answers an image without words with the unknownMessage, without asking the agent', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', {
      unknownMessage: 'I dont understand. Please try again.',
    });
    const asked = agent.requests.length;
    await postActivity(
      server.url,
      activity(
        'personal-message',
        { serviceUrl: connector.url },
        {
          id: 'image-1',
          text: '',
          attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png', name: 'x.png' }],
        },
      ),
    );
    await connector.waitFor(() => texts().includes('I dont understand. Please try again.'));
    expect(agent.requests.length).toBe(asked);
  });
});

describe('Teams staff messages follow the bot rules', () => {
  it('answers a staff member when listeningFromMe is true and stopBotFromMe false', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: false, listeningFromMe: true });
    await postActivity(server.url, customerInThread('2001', 'c-2001', 'where are my invoices?'));
    await connector.waitFor(() => connector.ofType('message')[0]);
    await postActivity(server.url, staffInThread('2001', 's-2001', 'what is the invoice policy?'));
    await connector.waitFor(() =>
      agent.requests.find((request) => request.text === 'what is the invoice policy?'),
    );
  });

  it('pauses on a staff message when stopBotFromMe is true: the customer is not answered after it', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: true, listeningFromMe: false });
    await postActivity(server.url, customerInThread('2002', 'c-2002', 'where are my invoices?'));
    await connector.waitFor(() => connector.ofType('message')[0]);
    await postActivity(server.url, staffInThread('2002', 's-2002', 'I will handle this'));
    await settle();
    const asked = agent.requests.length;
    await postActivity(server.url, customerInThread('2002', 'c-2002b', 'any news?'));
    await settle();
    expect(agent.requests.length).toBe(asked);
    expect(agent.requests.some((request) => request.text === 'I will handle this')).toBe(false);
  });
});
