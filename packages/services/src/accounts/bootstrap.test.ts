import { createIdSource, type Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { bootstrap, DEFAULT_WORKSPACE_ID } from './bootstrap.js';
import { verifyToken } from './tokens.js';

describe('bootstrap', () => {
  let store: Store;
  let printed: string[];
  const clock = { now: () => Date.UTC(2026, 0, 1) };
  const ids = createIdSource();
  const settings = {
    knowledgeDir: '/srv/knowledge',
    publicUrl: 'http://127.0.0.1:3000',
    defaultBot: 'demo',
    bootstrapToken: undefined as string | undefined,
  };

  beforeEach(() => {
    store = createMemoryStore();
    printed = [];
  });

  const run = (overrides: Partial<typeof settings> = {}) =>
    bootstrap({
      store,
      settings: { ...settings, ...overrides },
      clock,
      ids,
      print: (text) => printed.push(text),
    });

  it('creates the default workspace, the demo bot and a printed owner token on first start', async () => {
    const result = await run();
    expect(result).toEqual({ createdWorkspace: true, createdBot: true, createdToken: 'generated' });

    expect((await store.getWorkspace(DEFAULT_WORKSPACE_ID))?.name).toBe('Default');
    const bot = await store.getBot(DEFAULT_WORKSPACE_ID, 'demo');
    expect(bot?.name).toBe('Demo bot');
    expect(bot?.agent).toEqual({ kind: 'embedded', knowledgeDir: '/srv/knowledge' });
    expect(bot?.settings.ticketPolicy.humanRequest).toBe(true);

    expect(printed).toHaveLength(1);
    const token = /(fd_[A-Za-z0-9_-]{43})/.exec(printed[0]!)?.[1];
    expect(token).toBeDefined();
    expect(printed[0]).toContain('curl http://127.0.0.1:3000/v1/bots/demo/message');
    const record = await verifyToken(store, `Bearer ${token}`);
    expect(record.role).toBe('owner');
  });

  it('does nothing and prints nothing on later starts', async () => {
    await run();
    const second = await run();
    expect(second).toEqual({ createdWorkspace: false, createdBot: false, createdToken: null });
    expect(printed).toHaveLength(1);
    expect(await store.listWorkspaces()).toHaveLength(1);
    expect(await store.listBots()).toHaveLength(1);
    expect(await store.listTokens()).toHaveLength(1);
  });

  it('does not mint a new token when every token was revoked', async () => {
    await run();
    const [token] = await store.listTokens();
    await store.revokeToken(token!.id, clock.now());
    expect((await run()).createdToken).toBeNull();
    expect(printed).toHaveLength(1);
  });

  it('uses FRONTDESK_BOOTSTRAP_TOKEN as the owner token without printing it', async () => {
    const bootstrapToken = 'operator-chosen-token-0123456789';
    const result = await run({ bootstrapToken });
    expect(result.createdToken).toBe('from-environment');
    expect(printed).toEqual([]);
    const record = await verifyToken(store, `Bearer ${bootstrapToken}`);
    expect(record.role).toBe('owner');
    expect(record.hash).not.toContain(bootstrapToken);
    expect((await run({ bootstrapToken })).createdToken).toBeNull();
    expect(await store.listTokens()).toHaveLength(1);
  });
});
