// The widget's budget: the production bundle (JS with its CSS inlined), gzipped, is at most 15 KB.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/** 15 KB as 15,000 bytes: the stricter reading of the budget. */
const WIDGET_BUDGET_BYTES = 15_000;

describe('widget bundle size', () => {
  it('builds widget.js at or under 15 KB gzipped, Preact and CSS included', async () => {
    const root = fileURLToPath(new URL('../widget', import.meta.url));
    const outDir = mkdtempSync(join(tmpdir(), 'frontdesk-widget-size-'));
    // Under vitest NODE_ENV is `test`, which would keep development-only code in the bundle.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root,
        mode: 'production',
        configFile: join(root, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir },
      });
      const bundle = readFileSync(join(outDir, 'widget.js'));
      const gzipped = gzipSync(bundle, { level: 9 }).length;
      expect(bundle.toString()).toContain('attachShadow');
      expect(gzipped).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
    } finally {
      process.env.NODE_ENV = nodeEnv;
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
