// The widget's budgets, on the production build (JS with its CSS inlined), gzipped: the loader
// that every page view runs (`widget.js`: launcher, badge, API) at most 4 KB; the panel it loads
// on first use (Preact and the chat UI) at most 15 KB; each language, and the attachment tray, a chunk of its own.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** KB as 1,000 bytes: the stricter reading of the budgets. */
const LOADER_BUDGET_BYTES = 4_000;
const PANEL_BUDGET_BYTES = 15_000;
const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ar', 'he'];

const root = fileURLToPath(new URL('../widget', import.meta.url));
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('widget bundle sizes', () => {
  let outDir: string;
  let manifest: Record<string, string>;
  const chunk = (name: string) => join(outDir, 'chunks', `${manifest[name]}.js`);

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'frontdesk-widget-size-'));
    // Under vitest NODE_ENV is `test`, which would keep development-only code in the bundle.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      // The same passes as `npm run build`: chunks first, then the loader that names them.
      for (const mode of ['chunks', 'attach', 'teaser', 'production']) {
        await build({
          root,
          mode,
          configFile: join(root, 'vite.config.ts'),
          logLevel: 'silent',
          build: { outDir },
        });
      }
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    manifest = JSON.parse(readFileSync(join(outDir, 'chunks', 'manifest.json'), 'utf8'));
  }, 120_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds widget.js, the loader, at or under 4 KB gzipped, without Preact', () => {
    const loader = readFileSync(join(outDir, 'widget.js'), 'utf8');
    expect(loader).toContain('attachShadow');
    // Preact's renderer and the chat's texts stay out of the loader.
    expect(loader).not.toContain('__H');
    expect(loader).not.toContain('Write a message');
    expect(gzipped(join(outDir, 'widget.js'))).toBeLessThanOrEqual(LOADER_BUDGET_BYTES);
  });

  it('builds the panel chunk at or under 15 KB gzipped, Preact and CSS included, and the loader names it', () => {
    const panel = readFileSync(chunk('panel'), 'utf8');
    expect(panel).toContain('Write a message');
    expect(panel).toContain('.fd-panel');
    expect(readFileSync(join(outDir, 'widget.js'), 'utf8')).toContain(manifest.panel);
    expect(gzipped(chunk('panel'))).toBeLessThanOrEqual(PANEL_BUDGET_BYTES);
  });

  it('puts every language other than English in a chunk of its own, none inside the panel', () => {
    const panel = readFileSync(chunk('panel'), 'utf8');
    for (const language of LANGUAGES) {
      const text = readFileSync(chunk(language), 'utf8');
      const placeholder = JSON.parse(readFileSync(join(root, 'src/locales', `${language}.json`), 'utf8'))
        .placeholder as string;
      expect(text).toContain(placeholder);
      expect(panel).not.toContain(placeholder);
      expect(gzipped(chunk(language))).toBeLessThan(1_500);
    }
    const files = readdirSync(join(outDir, 'chunks')).filter((name) => name.endsWith('.js'));
    expect(files).toHaveLength(LANGUAGES.length + 3);
  });

  it('keeps the attachment tray (file picker, uploads, thumbnails) out of the panel, in a chunk of its own', () => {
    const tray = readFileSync(chunk('attach'), 'utf8');
    expect(tray).toContain('Take a photo');
    // The thumbnails and chips of files in messages are drawn by the chunk, not the panel.
    expect(tray).toContain('/widget/v1/attachments/');
    const panel = readFileSync(chunk('panel'), 'utf8');
    expect(panel).not.toContain('Take a photo');
    expect(panel).not.toContain('/widget/v1/attachments/');
    expect(readFileSync(join(outDir, 'widget.js'), 'utf8')).toContain(manifest.attach);
    expect(gzipped(chunk('attach'))).toBeLessThan(3_500);
  });

  it('keeps the teaser (greeting rules, the bubble by the launcher) a tiny chunk the panel does not hold', () => {
    expect(readFileSync(chunk('teaser'), 'utf8')).toContain('/widget/v1/teasers');
    expect(readFileSync(chunk('panel'), 'utf8')).not.toContain('/widget/v1/teasers');
    expect(gzipped(chunk('teaser'))).toBeLessThan(1_500);
  });

  it('reports the measured sizes', () => {
    const sizes = {
      loader: gzipped(join(outDir, 'widget.js')),
      panel: gzipped(chunk('panel')),
      attach: gzipped(chunk('attach')),
      teaser: gzipped(chunk('teaser')),
    };
    console.info(`widget gzip sizes (bytes): ${JSON.stringify(sizes)}`);
    expect(sizes.loader + sizes.panel).toBeLessThanOrEqual(LOADER_BUDGET_BYTES + PANEL_BUDGET_BYTES);
  });
});
