import type { Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeSession, listSessions, setBotEnabled, showBot } from './cli-admin-commands.js';

describe('frontdesk bot and session commands', () => {
  let store: Store;
  let out: string;
  let err: string;
  const output = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
  };

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
      settings: {} as never,
      createdAt: 1,
      updatedAt: 1,
    });
  });

  it('shows a bot, switches it off and on, and names a missing one', async () => {
    expect(await showBot(store, 'demo', output)).toBe(0);
    expect(JSON.parse(out).enabled).toBe(true);
    expect(await setBotEnabled(store, 'demo', false, output)).toBe(0);
    expect((await store.getBot('ws_default', 'demo'))?.enabled).toBe(false);
    expect(await setBotEnabled(store, 'demo', true, output)).toBe(0);
    expect((await store.getBot('ws_default', 'demo'))?.enabled).toBe(true);
    expect(await showBot(store, 'nope', output)).toBe(1);
    expect(err).toContain('nope');
  });

  it('lists sessions and pauses, opens and closes one', async () => {
    await store.saveSession({
      id: 'ses_1',
      workspaceId: 'ws_default',
      botId: 'demo',
      channelKey: 'api:tok:1',
      conversationId: 'conv_1',
      status: 'opened',
      pausedBy: null,
      lastActivityAt: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await listSessions(store, output)).toBe(0);
    expect(out).toContain('ses_1');
    expect(await changeSession(store, 'ses_1', 'pause', output)).toBe(0);
    expect((await store.getSessionById('ws_default', 'ses_1'))?.status).toBe('paused');
    expect(await changeSession(store, 'ses_1', 'close', output)).toBe(0);
    expect((await store.getSessionById('ws_default', 'ses_1'))?.status).toBe('closed');
    expect(await changeSession(store, 'ses_1', 'open', output)).toBe(0);
    expect(out).toContain('is opened');
    expect(await changeSession(store, 'ses_nope', 'pause', output)).toBe(1);
  });
});
