/** Runs one parsed `frontdesk` command: reads the project's settings, then dispatches it. */
import { join } from 'node:path';
import { loadEnvFile, loadSettings, type Settings, SettingsError } from '@frontdesk/services/settings/config';
import { findProjectDir } from '@frontdesk/services/settings/project-dir';
import type { CommandLine } from './cli.js';
import {
  changeSession,
  inviteMember,
  listMembers,
  listSessions,
  removeMember,
  setBotEnabled,
  showBot,
} from './cli-admin-commands.js';
import { backupCommand } from './cli-backup-command.js';
import {
  createTokenCommand,
  listBots,
  listTokens,
  migrate,
  revokeToken,
  start,
  UsageError,
  withStore,
} from './cli-commands.js';
import { HELP } from './cli-help.js';
import { changeOrigins, listOrigins } from './cli-origin-commands.js';
import type { Output } from './cli-output.js';
import { readPasswordFromStdin, setPasswordCommand } from './cli-password-command.js';
import { teamsPackage } from './cli-teams-command.js';

/**
 * Loads `.env` and the data folder of the project around the current folder (the server's
 * own, when run in a clone), then runs the command.
 */
export async function runCommand({ positionals, values }: CommandLine, output: Output): Promise<number> {
  let settings: Settings;
  try {
    const project = findProjectDir();
    loadEnvFile(project);
    settings = loadSettings({ FRONTDESK_DATA_DIR: join(project, 'data'), ...process.env });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    output.err(`${error.message}\n`);
    return 1;
  }
  try {
    return await dispatch(positionals, values, settings, output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${HELP}`);
    return 2;
  }
}

async function dispatch(
  positionals: string[],
  values: CommandLine['values'],
  settings: Settings,
  output: Output,
): Promise<number> {
  const command = positionals.slice(0, 2).join(' ');
  const store = (run: Parameters<typeof withStore>[1]) => withStore(settings, run, output);
  switch (positionals[0]) {
    case 'start':
      expectArguments(positionals, 1);
      return start(settings, output);
    case 'migrate':
      expectArguments(positionals, 1);
      return migrate(settings, output);
    case 'backup':
      expectArguments(positionals, 2);
      return backupCommand(settings, positionals[1]!, output);
  }
  switch (command) {
    case 'token create':
      expectArguments(positionals, 2);
      return store((opened) => createTokenCommand(opened, values, output));
    case 'token list':
      expectArguments(positionals, 2);
      return store((opened) => listTokens(opened, output));
    case 'bot list':
      expectArguments(positionals, 2);
      return store((opened) => listBots(opened, output));
    case 'bot origins':
      return dispatchOrigins(positionals, store, output);
    case 'member list':
      expectArguments(positionals, 2);
      return store((opened) => listMembers(opened, output));
    case 'member invite':
      expectArguments(positionals, 2);
      return store((opened) => inviteMember(opened, values, output));
    case 'member set-password': {
      expectArguments(positionals, 2);
      const password = await readPasswordFromStdin();
      return store((opened) => setPasswordCommand(opened, values, password, output));
    }
    case 'session list':
      expectArguments(positionals, 2);
      return store((opened) => listSessions(opened, output));
    case 'teams package':
      expectArguments(positionals, 2);
      return store((opened) => teamsPackage(opened, settings, values, output));
  }
  return dispatchById(command, positionals, store, output);
}

type WithStore = (run: Parameters<typeof withStore>[1]) => Promise<number>;

/** `bot origins list ID`, `bot origins add|remove ID ORIGIN...`. */
function dispatchOrigins(positionals: string[], store: WithStore, output: Output): Promise<number> {
  const [, , action, id, ...origins] = positionals;
  if (action === 'list') {
    expectArguments(positionals, 4);
    return store((opened) => listOrigins(opened, id!, output));
  }
  if ((action === 'add' || action === 'remove') && id) {
    return store((opened) => changeOrigins(opened, id, action, origins, output));
  }
  throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
}

const ID_COMMANDS = [
  'token revoke',
  'bot show',
  'bot enable',
  'bot disable',
  'member remove',
  'session pause',
  'session open',
  'session close',
];

/** The commands that take one id: `bot show ID`, `member remove ID`, `session pause ID`… */
function dispatchById(
  command: string,
  positionals: string[],
  store: WithStore,
  output: Output,
): Promise<number> {
  if (!ID_COMMANDS.includes(command)) throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
  expectArguments(positionals, 3);
  const id = positionals[2]!;
  switch (command) {
    case 'token revoke':
      return store((opened) => revokeToken(opened, id, output));
    case 'bot show':
      return store((opened) => showBot(opened, id, output));
    case 'bot enable':
    case 'bot disable':
      return store((opened) => setBotEnabled(opened, id, command === 'bot enable', output));
    case 'member remove':
      return store((opened) => removeMember(opened, id, output));
    default: {
      const action = positionals[1] as 'pause' | 'open' | 'close';
      return store((opened) => changeSession(opened, id, action, output));
    }
  }
}

function expectArguments(positionals: string[], count: number): void {
  if (positionals.length !== count) {
    throw new UsageError(`Expected ${count} word${count === 1 ? '' : 's'}, got: ${positionals.join(' ')}`);
  }
}
