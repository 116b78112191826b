#!/usr/bin/env node
/**
 * The `frontdesk` command. This entry loads only the help texts; a command's code (and the
 * server, for `start` alone) is imported when it runs, so `--help` and `--version` are instant.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commandHelp, HELP } from './cli-help.js';
import type { Output } from './cli-output.js';

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The options every command accepts; parsing is strict, so a typo is a usage error. */
export function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      expires: { type: 'string' },
      member: { type: 'string' },
      email: { type: 'string' },
      bot: { type: 'string' },
      'app-id': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

export type CommandLine = ReturnType<typeof parseCommandLine>;

/** Runs one command; resolves to the exit code. `start` resolves once listening and keeps running. */
export async function runCli(argv: string[], output: Output = processOutput): Promise<number> {
  let parsed: CommandLine;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.version) {
    output.out(`${version()}\n`);
    return 0;
  }
  const asked = positionals[0] === 'help' ? positionals[1] : values.help ? positionals[0] : undefined;
  if (values.help || positionals[0] === 'help') {
    const text = asked === undefined ? HELP : commandHelp(asked);
    if (text === undefined) {
      output.err(`Unknown command: ${asked}\n\n${HELP}`);
      return 2;
    }
    output.out(text);
    return 0;
  }
  if (positionals.length === 0) {
    output.err(HELP);
    return 2;
  }
  const { runCommand } = await import('./cli-run.js');
  return runCommand(parsed, { ...output, json: values.json === true });
}

/** The version of this package. */
function version(): string {
  const file = fileURLToPath(new URL('../package.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
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

/** Runs `frontdesk` with the process's arguments: the entry of `dist/cli.js` and of the installed `bin/frontdesk.js`. */
export function main(argv: string[] = process.argv.slice(2)): void {
  runCli(argv).then(
    (code) => {
      // `start` keeps running; every other command is done.
      if (argv[0] !== 'start' || code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`frontdesk: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (isMain()) main();
