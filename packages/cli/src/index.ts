/** The public surface of @frontdesk/cli: the `frontdesk` command as a function. */

export { runCli } from './cli.js';
