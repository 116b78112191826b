// Item 2: workspace-wide default rules (the seed's "settings"), with each bot's own rules overriding them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call } from './seed.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const id of ['plain', 'custom']) {
    await call(server, 'POST', '/v1/bots', {
      id,
      name: id,
      agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
    });
    // Rules set through the rules route: the bot keeps only what it was given.
    await call(
      server,
      'PUT',
      `/v1/bots/${id}/rules`,
      id === 'custom' ? { keywordFinish: 'bye', expire: 60 } : {},
    );
  }
  // Rules given when the bot is created, or changed by a PATCH of its settings, are its own too.
  await call(server, 'POST', '/v1/bots', {
    id: 'created',
    name: 'created',
    agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
    settings: { rules: { keywordFinish: 'ciao' } },
  });
  await call(server, 'POST', '/v1/bots', {
    id: 'patched',
    name: 'patched',
    agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
  });
  await call(server, 'PATCH', '/v1/bots/patched', { settings: { rules: { expire: 90 } } });
});
afterAll(async () => {
  await server?.close();
});

describe('/v1/settings/rules', () => {
  it('applies the workspace defaults to every bot that did not set the rule itself', async () => {
    const saved = await call(server, 'PUT', '/v1/settings/rules', {
      expire: 3600,
      keywordFinish: 'stop',
      unknownMessage: 'I dont understand. Please try again.',
    });
    expect(saved.status).toBe(200);
    const plain = (await call(server, 'GET', '/v1/bots/plain/rules')).body.data;
    expect(plain).toMatchObject({ expire: 3600, keywordFinish: 'stop' });
    const created = (await call(server, 'GET', '/v1/bots/created/rules')).body.data;
    expect(created).toMatchObject({ expire: 3600, keywordFinish: 'ciao' });
    const patched = (await call(server, 'GET', '/v1/bots/patched/rules')).body.data;
    expect(patched).toMatchObject({ expire: 90, keywordFinish: 'stop' });
    const custom = (await call(server, 'GET', '/v1/bots/custom/rules')).body.data;
    expect(custom).toMatchObject({
      expire: 60,
      keywordFinish: 'bye',
      unknownMessage: 'I dont understand. Please try again.',
    });
  });

  it('is what the bots do: the default finish keyword ends a session of a bot without its own', async () => {
    const first = await call(server, 'POST', '/v1/bots/plain/message', { message: { text: 'hello' } });
    const { conversationId } = first.body.data;
    const stop = await call(server, 'POST', '/v1/bots/plain/message', {
      message: { text: 'stop', conversationId },
    });
    expect(stop.response.headers.get('frontdesk-skipped')).toBe('finished');
    const other = await call(server, 'POST', '/v1/bots/custom/message', { message: { text: 'hello' } });
    const custom = await call(server, 'POST', '/v1/bots/custom/message', {
      message: { text: 'stop', conversationId: other.body.data.conversationId },
    });
    expect(custom.response.headers.get('frontdesk-skipped')).toBeNull();
  });

  it('refuses unknown rules and bad values, naming them; PATCH null removes a default', async () => {
    const unknown = await call(server, 'PATCH', '/v1/settings/rules', { colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/colour/);
    const bad = await call(server, 'PATCH', '/v1/settings/rules', { expire: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^expire/);
    const removed = await call(server, 'PATCH', '/v1/settings/rules', { keywordFinish: null });
    expect(removed.body.data).toEqual({
      expire: 3600,
      unknownMessage: 'I dont understand. Please try again.',
    });
  });
});
