/** First-start setup: the default workspace, the demo bot, and one owner token printed once. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bot, botSettingsSchema, type Clock, type IdSource, type Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { Settings } from '../settings/config.js';
import { createToken } from './tokens.js';

export const DEFAULT_WORKSPACE_ID = 'ws_default';
/** Where a generated owner token goes when stdout is not a terminal. */
export const OWNER_TOKEN_FILE = 'owner-token.txt';

export interface BootstrapDependencies {
  store: Store;
  settings: Pick<Settings, 'knowledgeDir' | 'bootstrapToken' | 'publicUrl' | 'defaultBot'> &
    Partial<Pick<Settings, 'dataDir'>>;
  clock: Clock;
  ids: IdSource;
  logger?: Logger;
  /**
   * Where the generated token is shown: the terminal when stdout is one; otherwise (a log
   * collector, a container) the file `DATA_DIR/owner-token.txt`, mode 0600, so it never enters a log.
   */
  print?: (text: string) => void;
}

export interface BootstrapResult {
  createdWorkspace: boolean;
  createdBot: boolean;
  /** How the owner token came about on this start, or null when tokens already existed. */
  createdToken: 'generated' | 'from-environment' | null;
}

/** Creates the default workspace when there is none; returns the id of the workspace to use. */
export async function ensureDefaultWorkspace(
  store: Store,
  clock: Clock,
): Promise<{ workspaceId: string; created: boolean }> {
  const existing = await store.listWorkspaces();
  if (existing.length > 0) {
    const preferred = existing.find((workspace) => workspace.id === DEFAULT_WORKSPACE_ID) ?? existing[0]!;
    return { workspaceId: preferred.id, created: false };
  }
  await store.createWorkspace({ id: DEFAULT_WORKSPACE_ID, name: 'Default', createdAt: clock.now() });
  return { workspaceId: DEFAULT_WORKSPACE_ID, created: true };
}

/** Creates the demo bot when the workspace has no bots at all (a deleted demo bot stays deleted). */
export async function ensureDemoBot(
  store: Store,
  workspaceId: string,
  knowledgeDir: string,
  clock: Clock,
  publicUrl?: string,
): Promise<boolean> {
  if ((await store.listBots(workspaceId)).length > 0) return false;
  const now = clock.now();
  const bot: Bot = {
    id: 'demo',
    workspaceId,
    name: 'Demo bot',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir },
    // The demo page at `/` carries the widget, so the server's own origin may use it; so may a
    // site under development on this machine.
    settings: botSettingsSchema.parse({
      widget: { allowLocalhost: true, ...(publicUrl ? { allowedOrigins: [new URL(publicUrl).origin] } : {}) },
    }),
    createdAt: now,
    updatedAt: now,
  };
  await store.saveBot(bot);
  return true;
}

/**
 * Runs on every start and does nothing once set up. The first owner token is either
 * FRONTDESK_BOOTSTRAP_TOKEN (hashed, never printed) or generated and printed once.
 */
export async function bootstrap(dependencies: BootstrapDependencies): Promise<BootstrapResult> {
  const { store, settings, clock, ids, logger } = dependencies;
  const workspace = await ensureDefaultWorkspace(store, clock);
  const createdBot = await ensureDemoBot(
    store,
    workspace.workspaceId,
    settings.knowledgeDir,
    clock,
    settings.publicUrl,
  );

  // Revoked tokens count: revoking every token must not make the next start mint a new one.
  const tokens = await store.listTokens(workspace.workspaceId);
  let createdToken: BootstrapResult['createdToken'] = null;
  if (tokens.length === 0) {
    const { token } = await createToken(
      store,
      {
        workspaceId: workspace.workspaceId,
        name: 'owner (bootstrap)',
        role: 'owner',
        value: settings.bootstrapToken,
      },
      { clock, ids },
    );
    if (settings.bootstrapToken) {
      createdToken = 'from-environment';
      logger?.info('created the owner token from FRONTDESK_BOOTSTRAP_TOKEN');
    } else {
      createdToken = 'generated';
      const box = tokenBox(token, settings.publicUrl, settings.defaultBot);
      if (dependencies.print) dependencies.print(box);
      else if (process.stdout.isTTY || !settings.dataDir) process.stdout.write(box);
      else {
        const file = join(settings.dataDir, OWNER_TOKEN_FILE);
        writeFileSync(file, box, { mode: 0o600 });
        logger?.warn(
          { file },
          'created an owner token; it is in this file (mode 0600) and shown nowhere else',
        );
      }
    }
  } else if (settings.bootstrapToken) {
    logger?.warn('FRONTDESK_BOOTSTRAP_TOKEN ignored: this database already has tokens');
  }
  return { createdWorkspace: workspace.created, createdBot, createdToken };
}

/** The one-time notice with the new token, and where to use it: the demo page, the console, the API. */
export function tokenBox(token: string, publicUrl: string, botId: string): string {
  const lines = [
    'Frontdesk created an owner token. It is shown only this once: store it now.',
    '',
    `  ${token}`,
    '',
    `1. Chat with the demo bot:  ${publicUrl}/`,
    `2. Answer as staff:         ${publicUrl}/console  (sign in with the token above)`,
    '3. Or call the API:',
    '',
    `  curl ${publicUrl}/v1/bots/${botId}/message \\`,
    `    -H 'Authorization: Bearer ${token}' \\`,
    `    -H 'Content-Type: application/json' \\`,
    `    -d '{"message": {"text": "How do I reset my password?"}}'`,
    '',
    'Create more with: npx frontdesk token create --name NAME',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const border = '─'.repeat(width + 2);
  const body = lines.map((line) => `│ ${line.padEnd(width)} │`);
  return `\n┌${border}┐\n${body.join('\n')}\n└${border}┘\n\n`;
}
