// Builds the widget in three passes (`npm run build` runs them in this order):
// `--mode chunks`: the panel (Preact and the UI) and one file per language, as classic scripts
//   under dist/chunks/ with content hashes, plus dist/chunks/manifest.json naming them;
// `--mode attach`, `--mode teaser`: the attachment tray and the launcher's teaser, chunks of their
//   own (a classic script is one entry per pass), added to that manifest;
// default: `widget.js`, the loader for the script tag, which learns the chunk names from that manifest;
// `--mode module`: the ES module entry for bundlers (chunks split by the consumer's bundler).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { addToManifest, chunkManifest, languageChunks } from './build/chunk-plugins.ts';

const wire = fileURLToPath(new URL('../packages/core/src/wire.ts', import.meta.url));
const scriptChunks = fileURLToPath(new URL('./src/chunks-script.ts', import.meta.url));
/** Browsers of the last few years: older targets would add polyfill-like rewrites to JS and CSS. */
const TARGET = ['chrome111', 'firefox114', 'safari16.4'];

export default defineConfig(({ mode }) => {
  const base = {
    // Only types come from the wire schemas; the alias keeps a build independent of core's dist.
    resolve: {
      alias: [
        { find: '@frontdesk/core/wire', replacement: wire },
        // The script tag loads chunks as <script> files from its server; bundlers use import().
        ...(mode === 'module' ? [] : [{ find: /^\.\/chunks\.js$/, replacement: scriptChunks }]),
      ],
    },
    // Classic `h()` calls: shorter output than the automatic runtime, and no runtime module.
    oxc: { jsx: { runtime: 'classic' as const, pragma: 'h', pragmaFrag: 'Fragment' } },
  };
  const build = {
    outDir: 'dist',
    // Never empty: `tsc -b` writes the ES module's types into dist/types before this runs.
    emptyOutDir: false,
    target: TARGET,
    cssTarget: TARGET,
    minify: true,
    sourcemap: false,
  };
  if (mode === 'chunks') {
    return {
      ...base,
      plugins: [languageChunks()],
      build: {
        ...build,
        rollupOptions: {
          input: { panel: 'src/panel-entry.ts' },
          output: { format: 'iife' as const, entryFileNames: 'chunks/[name].[hash].js' },
        },
      },
    };
  }
  if (mode === 'attach' || mode === 'teaser') {
    return {
      ...base,
      plugins: [addToManifest()],
      build: {
        ...build,
        rollupOptions: {
          input: { [mode]: mode === 'attach' ? 'src/attach-entry.ts' : 'src/teaser.ts' },
          output: { format: 'iife' as const, entryFileNames: 'chunks/[name].[hash].js' },
        },
      },
    };
  }
  if (mode === 'module') {
    return {
      ...base,
      build: {
        ...build,
        lib: { entry: 'src/index.ts', formats: ['es' as const], fileName: () => 'frontdesk-widget.js' },
        rollupOptions: { external: [/^preact/] },
      },
    };
  }
  return {
    ...base,
    plugins: [chunkManifest()],
    build: {
      ...build,
      lib: {
        entry: 'src/embed.ts',
        formats: ['iife' as const],
        name: 'FrontdeskWidget',
        fileName: () => 'widget.js',
      },
    },
  };
});
