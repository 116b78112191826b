#!/usr/bin/env node
/** The `frontdesk` command: start the server, run migrations, manage tokens, list bots. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  changeSession,
  inviteMember,
  listMembers,
  listSessions,
  removeMember,
  setBotEnabled,
  showBot,
} from './cli-admin-commands.js';
import {
  createTokenCommand,
  listBots,
  listTokens,
  migrate,
  type Output,
  revokeToken,
  start,
  UsageError,
  withStore,
} from './cli-commands.js';
import { loadEnvFile, loadSettings, type Settings, SettingsError } from './config.js';

const HELP = `Usage: frontdesk <command> [options]

Commands:
  start                          Start the server (runs pending migrations first)
  migrate                        Run pending database migrations and say which ran
  token create --name NAME [--role owner|admin|staff|viewer] [--expires 30d|DATE] [--member ID]
                                 Create a personal access token (default role: admin);
                                 the token is printed once, on stdout
  token list                     List tokens (never the tokens themselves)
  token revoke ID                Revoke a token
  bot list                       List bots
  bot show|enable|disable ID     Show a bot's settings, or switch it on or off
  member list                    List members
  member invite --email ADDRESS [--name NAME] [--role ROLE]
                                 Invite a member (default role: staff); prints its id
  member remove ID               Remove a member and revoke their tokens
  session list                   List bot sessions, latest activity first
  session pause|open|close ID    Change a session's status

Options:
  -h, --help                     Show this help

Settings come from the environment and from ./.env (see the README); for example
FRONTDESK_DATA_DIR, PORT, HOST, FRONTDESK_PUBLIC_URL, LOG_LEVEL.
`;

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs one command; resolves to the exit code. `start` resolves once listening and keeps running. */
export async function runCli(argv: string[], output: Output = processOutput): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help || positionals[0] === 'help') {
    output.out(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    output.err(HELP);
    return 2;
  }

  let settings: Settings;
  try {
    loadEnvFile();
    settings = loadSettings(process.env);
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

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      expires: { type: 'string' },
      member: { type: 'string' },
      email: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function dispatch(
  positionals: string[],
  values: ReturnType<typeof parse>['values'],
  settings: Settings,
  output: Output,
): Promise<number> {
  const command = positionals.slice(0, 2).join(' ');
  switch (positionals[0]) {
    case 'start':
      expectArguments(positionals, 1);
      return start(settings, output);
    case 'migrate':
      expectArguments(positionals, 1);
      return migrate(settings, output);
  }
  switch (command) {
    case 'token create':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => createTokenCommand(store, values, output));
    case 'token list':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => listTokens(store, output));
    case 'token revoke': {
      expectArguments(positionals, 3);
      const id = positionals[2]!;
      return withStore(settings, (store) => revokeToken(store, id, output));
    }
    case 'bot list':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => listBots(store, output));
    case 'member list':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => listMembers(store, output));
    case 'member invite':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => inviteMember(store, values, output));
    case 'session list':
      expectArguments(positionals, 2);
      return withStore(settings, (store) => listSessions(store, output));
  }
  return dispatchById(command, positionals, settings, output);
}

const ID_COMMANDS = [
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
  settings: Settings,
  output: Output,
): Promise<number> {
  if (!ID_COMMANDS.includes(command)) throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
  expectArguments(positionals, 3);
  const id = positionals[2]!;
  switch (command) {
    case 'bot show':
      return withStore(settings, (store) => showBot(store, id, output));
    case 'bot enable':
    case 'bot disable':
      return withStore(settings, (store) => setBotEnabled(store, id, command === 'bot enable', output));
    case 'member remove':
      return withStore(settings, (store) => removeMember(store, id, output));
    case 'session pause':
    case 'session open':
    case 'session close': {
      const action = positionals[1] as 'pause' | 'open' | 'close';
      return withStore(settings, (store) => changeSession(store, id, action, output));
    }
    default:
      throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
  }
}

function expectArguments(positionals: string[], count: number): void {
  if (positionals.length !== count) {
    throw new UsageError(`Expected ${count} word${count === 1 ? '' : 's'}, got: ${positionals.join(' ')}`);
  }
}

/** True when this file is the program being run (also through an npm bin symlink). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      // `start` keeps running; every other command is done.
      if (process.argv[2] !== 'start' || code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`frontdesk: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
