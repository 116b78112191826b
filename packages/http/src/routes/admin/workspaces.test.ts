import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any; code?: string };

describe('/v1/workspaces', () => {
  let test: AdminTestApp;
  let owner: string;

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_a', 'owner');
  });

  it('creates a workspace with a first owner token that works there and nowhere else', async () => {
    const created = await test.call(owner, 'POST', '/v1/workspaces', {
      name: 'Acme EU',
      logRetentionDays: 7,
    });
    expect(created.status).toBe(201);
    const { data } = await json(created);
    expect(data).toMatchObject({ name: 'Acme EU', logRetentionDays: 7 });
    const current = await json(await test.call(data.ownerToken.token, 'GET', '/v1/workspaces/current'));
    expect(current.data.id).toBe(data.id);
    expect((await test.call(data.ownerToken.token, 'GET', '/v1/workspaces/ws_a')).status).toBe(404);
    expect(
      (await json(await test.call(owner, 'GET', '/v1/workspaces'))).data.map((w: { id: string }) => w.id),
    ).toEqual(['ws_a']);
  });

  it('changes the name and log retention of its own workspace only', async () => {
    const changed = await test.call(owner, 'PATCH', '/v1/workspaces/ws_a', {
      name: 'Renamed',
      logRetentionDays: 90,
    });
    expect((await json(changed)).data).toMatchObject({ name: 'Renamed', logRetentionDays: 90 });
    expect((await json(await test.call(owner, 'GET', '/v1/workspaces/ws_a'))).data.name).toBe('Renamed');
    await test.token('ws_b', 'owner');
    expect((await test.call(owner, 'PATCH', '/v1/workspaces/ws_b', { name: 'Mine now' })).status).toBe(404);
    expect((await test.store.getWorkspace('ws_b'))?.name).toBe('ws_b');
  });

  it('previews a deletion with counts, then deletes everything the workspace held', async () => {
    const bot = { id: 'help', name: 'Help', agent: { kind: 'embedded', knowledgeDir: 'unused' } };
    await test.call(owner, 'POST', '/v1/bots', bot);
    await test.call(owner, 'POST', '/v1/bots/help/message', { message: { text: 'hello' } });
    const preview = await json(await test.call(owner, 'GET', '/v1/workspaces/ws_a/deletion-preview'));
    expect(preview.data.counts).toMatchObject({
      bots: 1,
      conversations: 1,
      messages: 2,
      tokens: 1,
      sessions: 1,
    });
    expect(await test.store.getWorkspace('ws_a')).toBeDefined();

    const deleted = await test.call(owner, 'DELETE', '/v1/workspaces/ws_a');
    expect((await json(deleted)).data).toMatchObject({ deleted: true, counts: { bots: 1 } });
    expect(await test.store.getWorkspace('ws_a')).toBeUndefined();
    expect(await test.store.listBots('ws_a')).toEqual([]);
    expect((await test.call(owner, 'GET', '/v1/me')).status).toBe(401);
  });

  it('counts conversations, messages and tickets per channel and day', async () => {
    await test.call(owner, 'POST', '/v1/bots', {
      id: 'help',
      name: 'Help',
      agent: { kind: 'embedded', knowledgeDir: 'unused' },
    });
    await test.call(owner, 'POST', '/v1/bots/help/message', { message: { text: 'hello' } });
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(today) - 86_400_000).toISOString();
    const to = new Date(Date.parse(today) + 86_400_000).toISOString();
    const stats = await json(
      await test.call(owner, 'GET', `/v1/workspaces/ws_a/statistics?from=${from}&to=${to}&interval=day`),
    );
    expect(stats.data.totals).toEqual({ conversations: 1, messages: 2, tickets: 0 });
    expect(stats.data.buckets).toHaveLength(2);
    expect(stats.data.buckets[0].channels).toEqual({});
    expect(stats.data.buckets[1].channels.api).toEqual({ conversations: 1, messages: 2, tickets: 0 });
    const bad = await test.call(owner, 'GET', '/v1/workspaces/ws_a/statistics?from=2000-01-01T00:00:00Z');
    expect(bad.status).toBe(400);
  });
});
