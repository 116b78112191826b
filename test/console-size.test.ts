// The console's budget: the first screen (the entry module and every chunk it imports statically,
// CSS inlined) is at most 60 KB gzipped; each other screen is a chunk of its own, loaded when opened.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** 60 KB as 60,000 bytes: the stricter reading of the budget. */
const FIRST_SCREEN_BUDGET_BYTES = 60_000;

/** `import … from "./chunks/x.js"` and `import "./x.js"`: loaded before the module runs (not `import()`). */
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

/** The files `file` needs before it runs, itself included. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    staticClosure(resolve(dirname(file), match[1]!), seen);
  }
  return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('console bundle size', () => {
  const root = fileURLToPath(new URL('../packages/console', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'frontdesk-console-size-'));
  let entry: string;

  beforeAll(async () => {
    // Under vitest NODE_ENV is `test`, which would keep development-only code in the bundle.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root,
        mode: 'production',
        configFile: join(root, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    entry = join(outDir, 'console.js');
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('keeps the first screen (sign-in and tickets) at or under 60 KB gzipped, Preact and CSS included', () => {
    const files = [...staticClosure(entry)];
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    console.info(`console first screen: ${files.length} files, ${total} bytes gzipped`);
    expect(readFileSync(entry, 'utf8')).toContain('Use an API token');
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
  });

  it('loads the bots, widget, team and invitation screens as chunks of their own, not with the first screen', () => {
    const chunks = readdirSync(join(outDir, 'chunks'));
    const first = [...staticClosure(entry)].map((file) => file.split('/').pop());
    const lazy = [...readFileSync(entry, 'utf8').matchAll(DYNAMIC_IMPORT)].map((match) =>
      match[1]!.split('/').pop(),
    );
    for (const screen of ['bots-screen', 'bot-screen', 'widget-screen', 'team-screen', 'welcome']) {
      const chunk = chunks.find((name) => name.startsWith(`${screen}-`));
      expect(chunk, screen).toBeDefined();
      expect(first).not.toContain(chunk);
      expect(lazy).toContain(chunk);
    }
  });
});
