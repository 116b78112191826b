// The CLI stays light: `--help` loads only its help text, and no command but `start` loads the server.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module the built `file` loads at start-up (static imports only), followed through relative ones. */
function staticImports(file: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(join(dirname(path), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  visit(join(DIST, file));
  return { files, packages };
}

const relative = (files: Set<string>) => [...files].map((file) => file.slice(DIST.length)).sort();

describe('CLI start-up', () => {
  it('loads only the help text for --help and --version', () => {
    const { files, packages } = staticImports('cli.js');
    expect(relative(files)).toEqual(['cli-help.js', 'cli.js']);
    expect([...packages]).toEqual([]);
  });

  it('loads the server (Hono, the channels) only for start', () => {
    const { files, packages } = staticImports('cli-run.js');
    expect(relative(files)).not.toContain('server.js');
    expect(relative(files)).not.toContain('app.js');
    for (const heavy of [
      'hono',
      '@hono/node-server',
      '@frontdesk/slack',
      '@frontdesk/teams',
      '@frontdesk/agents',
    ]) {
      expect(packages).not.toContain(heavy);
    }
  });
});
