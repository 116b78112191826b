// The Teams adapter's calls to the Bot Connector go through the outbound client: the address policy
// is applied where the connection is made (not only to the service URL checked on arrival), and a
// redirect to another host is never followed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createOutboundFetch, type OutboundFetch } from '@frontdesk/outbound';
import { createTeamsAdapter } from '@frontdesk/teams';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { activity } from './teams-setup.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function connector(): Promise<FakeBotConnector> {
  const fake = await startFakeBotConnector();
  closers.push(() => fake.close());
  return fake;
}

/** Installs the app into a chat at `serviceUrl`: the adapter sends its welcome there. */
async function install(serviceUrl: string, fetch?: OutboundFetch): Promise<string[]> {
  const errors: string[] = [];
  const logger = pino({ level: 'silent' });
  logger.error = ((object: { err?: Error }) => {
    errors.push(object.err?.message ?? 'error');
  }) as never;
  const teams = createTeamsAdapter({
    workspaceId: 'ws_default',
    botId: 'demo',
    emulator: true,
    core: { handleIncoming: () => Promise.reject(new Error('no messages here')) } as Core,
    store: createMemoryStore(),
    logger,
    ...(fetch ? { fetch } : {}),
  });
  const response = await teams.handleRequest(
    new Request('http://frontdesk.test/api/messages', {
      method: 'POST',
      body: JSON.stringify(activity('conversation-update', { serviceUrl })),
    }),
  );
  await response.body?.cancel();
  await teams.idle();
  await teams.close();
  return errors;
}

async function server(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = [];
  const listening: Server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    handler?.(request, response);
  });
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => listening.close(() => resolve())));
  return { url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`, hits };
}

describe('Teams outbound calls', () => {
  it('sends through the outbound client it is given', async () => {
    const fake = await connector();
    const seen: string[] = [];
    const outbound = createOutboundFetch();
    const errors = await install(fake.url, (input, init) => {
      seen.push(`${init?.method} ${String(input)}`);
      return outbound(input, init);
    });
    expect(errors).toEqual([]);
    expect(fake.ofType('message')).toHaveLength(1);
    expect(seen).toEqual([
      expect.stringMatching(new RegExp(`^POST ${fake.url}/v3/conversations/.+/activities`)),
    ]);
  });

  it('applies the address policy when connecting: a refused address gets nothing, though the service URL passed on arrival', async () => {
    const fake = await connector();
    const errors = await install(fake.url, createOutboundFetch({ policy: { allows: () => false } }));
    expect(fake.sent).toEqual([]);
    expect(errors.join('\n')).toMatch(/not allowed/);
  });

  it('never follows a Bot Connector redirect to another host', async () => {
    const canary = await server((_request, response) => response.writeHead(200).end('{}'));
    const redirector = await server((request, response) =>
      response.writeHead(307, { Location: `${canary.url}${request.url}` }).end(),
    );
    const errors = await install(redirector.url);
    expect(redirector.hits).toEqual([expect.stringMatching(/^POST \/v3\/conversations\//)]);
    expect(canary.hits).toEqual([]);
    expect(errors.join('\n')).toMatch(/redirect/i);
  });

  it('asks for the app token through the outbound client too, never the global fetch', async () => {
    const fake = await connector();
    const store = createMemoryStore();
    const channelKey = 'teams:tenant-0001:a:1personal-conversation';
    const reference = {
      channelId: 'msteams',
      serviceUrl: fake.url,
      conversation: { id: 'a:1personal-conversation', tenantId: 'tenant-0001', conversationType: 'personal' },
      user: { id: '29:1user-personal' },
      agent: { id: '28:bot-app-id' },
    };
    await store.saveConversationReference(channelKey, JSON.stringify(reference), Date.now());
    const asked: string[] = [];
    const global = vi.spyOn(globalThis, 'fetch');
    const teams = createTeamsAdapter({
      workspaceId: 'ws_default',
      botId: 'demo',
      appId: '00000000-0000-0000-0000-0000000000aa',
      appPassword: 'app-secret',
      tenantId: 'tenant-0001',
      core: { handleIncoming: () => Promise.reject(new Error('no messages here')) } as Core,
      store,
      logger: pino({ level: 'silent' }),
      fetch: async (input) => {
        asked.push(String(input));
        throw new Error('no token service in this test');
      },
    });
    const conversation = {
      id: 'conv_teams_1',
      workspaceId: 'ws_default',
      botId: 'demo',
      channel: 'teams' as const,
      channelKey,
      requester: null,
      createdAt: 0,
      updatedAt: 0,
    };
    const failure = await teams
      .deliver(conversation, { id: 'out_1', kind: 'staff-reply', text: 'We fixed it.' })
      .catch((error: unknown) => error);
    await teams.close();
    const globalCalls = global.mock.calls.map(([input]) => String(input));
    global.mockRestore();
    expect(failure).toBeInstanceOf(Error);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((url) => url.startsWith('https://login.microsoftonline.com/'))).toBe(true);
    expect(globalCalls.filter((url) => url.includes('login.microsoftonline.com'))).toEqual([]);
    expect(fake.sent).toEqual([]);
  });
});
