#!/usr/bin/env node
// The installed `frontdesk` command (`npx frontdesk` in a clone). It is a source file, so npm links
// it into node_modules/.bin at install time, before the build; it runs the built CLI, or says how
// to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  const { main } = await import(built.href);
  main();
} else {
  process.stderr.write(
    'frontdesk: not built yet. Run `npm run build` (or `npm start`) in the Frontdesk folder first.\n',
  );
  process.exitCode = 1;
}
