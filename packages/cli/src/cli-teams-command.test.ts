import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { botSettingsSchema, type Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { loadSettings } from '@frontdesk/services/settings/config';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teamsPackage } from './cli-teams-command.js';

const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';

describe('frontdesk teams package', () => {
  let store: Store;
  let directory: string;
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
  const settings = (env: Record<string, string> = {}) =>
    loadSettings({
      FRONTDESK_DATA_DIR: directory,
      FRONTDESK_PUBLIC_URL: 'https://help.acme.example',
      ...env,
    });

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-teams-package-'));
    out = '';
    err = '';
    store = createMemoryStore();
    await store.createWorkspace({ id: 'ws_default', name: 'Default', createdAt: 1 });
    const settingsOfBot = botSettingsSchema.parse({ widget: { greeting: 'Ask me about laptops and VPN.' } });
    await store.saveBot({
      id: 'it',
      workspaceId: 'ws_default',
      name: 'IT Helpdesk',
      enabled: true,
      agent: { kind: 'embedded', knowledgeDir: 'x' },
      settings: settingsOfBot,
      createdAt: 1,
      updatedAt: 1,
    });
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("writes the bot's package with its registration's app id, name and greeting", async () => {
    await store.saveTeamsRegistration({
      appId: APP_ID,
      workspaceId: 'ws_default',
      botId: 'it',
      tenantId: null,
      secret: null,
      createdAt: 1,
      updatedAt: 1,
    });
    const file = join(directory, 'it.zip');
    expect(await teamsPackage(store, settings(), { bot: 'it', out: file }, output)).toBe(0);
    expect(out.trim()).toBe(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({
      id: APP_ID,
      name: { short: 'IT Helpdesk' },
      description: { short: 'Ask me about laptops and VPN.' },
      developer: { privacyUrl: 'https://help.acme.example/privacy' },
    });
  });

  it('says what is missing: the app id, or an https public URL', async () => {
    expect(await teamsPackage(store, settings(), { bot: 'it' }, output)).toBe(1);
    expect(err).toContain('No Microsoft app id');
    err = '';
    const local = settings({ FRONTDESK_PUBLIC_URL: 'http://127.0.0.1:3000' });
    expect(await teamsPackage(store, local, { bot: 'it', 'app-id': APP_ID }, output)).toBe(1);
    expect(err).toContain('https://');
  });
});
