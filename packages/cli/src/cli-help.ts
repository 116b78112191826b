/** The `frontdesk` help texts: one section per command, and the whole list. Loads nothing else. */

/** Each command's lines in the help, by its first word. */
export const COMMAND_HELP: Record<string, string> = {
  start: `  start                          Start the server (runs pending migrations first)`,
  migrate: `  migrate                        Run pending database migrations and say which ran`,
  backup: `  backup FILE                    Copy the SQLite database to FILE while the server runs
                                 (consistent; PostgreSQL: use pg_dump)`,
  token: `  token create --name NAME [--role owner|admin|staff|viewer] [--expires 30d|DATE] [--member ID]
                                 Create a personal access token (default role: admin);
                                 the token is printed once, on stdout
  token list                     List tokens (never the tokens themselves)
  token revoke ID                Revoke a token`,
  bot: `  bot list                       List bots
  bot show|enable|disable ID     Show a bot's settings, or switch it on or off
  bot origins list ID            List the sites (origins) allowed to embed the bot's widget
  bot origins add ID ORIGIN...   Allow origins such as https://www.example.com
  bot origins remove ID ORIGIN...
                                 Stop allowing origins`,
  member: `  member list                    List members
  member invite --email ADDRESS [--name NAME] [--role ROLE]
                                 Invite a member (default role: staff); prints its id
  member set-password --email ADDRESS [--role ROLE]
                                 Set a member's console password, read from stdin; a new
                                 e-mail becomes a member (default role: owner)
  member remove ID               Remove a member and revoke their tokens`,
  session: `  session list                   List bot sessions, latest activity first
  session pause|open|close ID    Change a session's status`,
  teams: `  teams package --bot ID [--app-id ID] [--out FILE]
                                 Write the bot's Teams app package (manifest and icons, zipped);
                                 the app id defaults to the bot's registration or MICROSOFT_APP_ID`,
};

const OPTIONS = `Options:
  --json                         Print results as JSON (lists, created tokens and members)
  -h, --help                     Show help (after a command: that command's help)
  -v, --version                  Print the version`;

const SETTINGS = `Settings come from the environment and from the project's .env (see the README); for example
FRONTDESK_DATA_DIR, PORT, HOST, FRONTDESK_PUBLIC_URL, LOG_LEVEL. Without FRONTDESK_DATA_DIR the
database is data/frontdesk.db in the Frontdesk project around the current folder (or this clone).`;

/** The help for every command. */
export const HELP = `Usage: frontdesk <command> [options]

Commands:
${Object.values(COMMAND_HELP).join('\n')}

${OPTIONS}

${SETTINGS}
`;

/** The help for one command (`frontdesk token --help`), or undefined for an unknown one. */
export function commandHelp(command: string): string | undefined {
  const lines = COMMAND_HELP[command];
  if (!lines) return undefined;
  return `Usage: frontdesk ${command}${command === 'start' || command === 'migrate' ? '' : command === 'backup' ? ' FILE' : ' <subcommand>'} [options]\n\n${lines}\n\n${OPTIONS}\n`;
}
