import { botSettingsSchema, type Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from './cli-commands.js';
import { changeOrigins, listOrigins } from './cli-origin-commands.js';

describe('frontdesk bot origins', () => {
  let store: Store;
  let out: string;
  let err: string;
  const output = (json = false) => ({
    json,
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
  });
  const origins = async () => (await store.getBot('ws_default', 'demo'))?.settings.widget.allowedOrigins;

  beforeEach(async () => {
    store = createMemoryStore();
    out = '';
    err = '';
    await store.createWorkspace({ id: 'ws_default', name: 'Default', createdAt: 1 });
    await store.saveBot({
      id: 'demo',
      workspaceId: 'ws_default',
      name: 'Demo',
      enabled: true,
      agent: { kind: 'embedded', knowledgeDir: 'unused' },
      settings: botSettingsSchema.parse({}),
      createdAt: 1,
      updatedAt: 1,
    });
  });

  it('adds origins once each, taking the origin of a pasted page URL', async () => {
    const code = await changeOrigins(
      store,
      'demo',
      'add',
      ['https://www.example.com/pricing', 'http://localhost:8080', 'https://www.example.com/'],
      output(),
    );
    expect(code).toBe(0);
    expect(await origins()).toEqual(['https://www.example.com', 'http://localhost:8080']);
    expect(out).toContain('https://www.example.com');

    out = '';
    expect(await listOrigins(store, 'demo', output(true))).toBe(0);
    expect(JSON.parse(out)).toEqual(['https://www.example.com', 'http://localhost:8080']);
  });

  it('removes origins and says which were not there', async () => {
    await changeOrigins(store, 'demo', 'add', ['https://a.example', 'https://b.example'], output());
    expect(
      await changeOrigins(store, 'demo', 'remove', ['https://a.example', 'https://c.example'], output()),
    ).toBe(0);
    expect(await origins()).toEqual(['https://b.example']);
    expect(err).toContain('Not in the list: https://c.example');
  });

  it('refuses what is not an origin, and names a missing bot', async () => {
    await expect(changeOrigins(store, 'demo', 'add', ['not a url'], output())).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(changeOrigins(store, 'demo', 'add', ['ftp://files.example'], output())).rejects.toThrow(
      /http and https/,
    );
    await expect(changeOrigins(store, 'demo', 'add', [], output())).rejects.toBeInstanceOf(UsageError);
    expect(await listOrigins(store, 'nobot', output())).toBe(1);
    expect(err).toContain('No bot with id nobot');
  });
});
