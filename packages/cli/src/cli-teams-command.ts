/** `frontdesk teams package --bot ID [--app-id ID] [--out FILE]`: the Teams app zip of one bot. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Store } from '@frontdesk/core';
import type { Settings } from '@frontdesk/services/settings/config';
import { workspaceOf } from './cli-admin-commands.js';
import { UsageError } from './cli-commands.js';
import type { Output } from './cli-output.js';

export interface TeamsPackageOptions {
  bot?: string | undefined;
  'app-id'?: string | undefined;
  out?: string | undefined;
}

/**
 * Writes the package for the bot: its name and description, the app id given, else the bot's
 * Teams registration, else MICROSOFT_APP_ID, and FRONTDESK_PUBLIC_URL (https) for its links.
 */
export async function teamsPackage(
  store: Store,
  settings: Settings,
  options: TeamsPackageOptions,
  output: Output,
): Promise<number> {
  if (!options.bot) throw new UsageError('teams package needs --bot ID');
  const workspaceId = await workspaceOf(store);
  const bot = await store.getBot(workspaceId, options.bot);
  if (!bot) {
    output.err(`No bot ${options.bot}.\n`);
    return 1;
  }
  const registered = (await store.listTeamsRegistrations(workspaceId)).find(
    (registration) => registration.botId === bot.id,
  );
  const appId = options['app-id'] ?? registered?.appId ?? settings.microsoftAppId;
  if (!appId) {
    output.err('No Microsoft app id: pass --app-id, register one for the bot, or set MICROSOFT_APP_ID.\n');
    return 1;
  }
  // Loaded here only: the Teams adapter (and its SDK) is no weight for any other command.
  const { buildTeamsAppPackage } = await import('@frontdesk/teams');
  let zip: Buffer;
  try {
    zip = await buildTeamsAppPackage({
      appId,
      name: bot.name,
      // Bots have no description of their own; the widget's greeting says what the bot is for.
      description: bot.settings.widget?.greeting ?? '',
      publicUrl: settings.publicUrl,
    });
  } catch (error) {
    output.err(`${(error as Error).message}\n`);
    return 1;
  }
  const file = resolve(options.out ?? `frontdesk-teams-${bot.id}.zip`);
  writeFileSync(file, zip);
  output.out(`${file}\n`);
  return 0;
}
