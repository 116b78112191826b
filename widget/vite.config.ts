// Builds the widget: `widget.js` (one IIFE for the script tag) or, with `--mode module`, the ES module entry.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const wire = fileURLToPath(new URL('../packages/core/src/wire.ts', import.meta.url));

export default defineConfig(({ mode }) => {
  const module = mode === 'module';
  return {
    // Only types come from the wire schemas; the alias keeps a build independent of core's dist.
    resolve: { alias: { '@frontdesk/core/wire': wire } },
    // Classic `h()` calls: shorter output than the automatic runtime, and no runtime module.
    oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
    build: {
      outDir: 'dist',
      // Never empty: `tsc -b` writes the ES module's types into dist/types before this runs.
      emptyOutDir: false,
      // Browsers of the last few years: older targets would add polyfill-like rewrites to JS and CSS.
      target: ['chrome111', 'firefox114', 'safari16.4'],
      cssTarget: ['chrome111', 'firefox114', 'safari16.4'],
      minify: true,
      sourcemap: false,
      lib: module
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'frontdesk-widget.js' }
        : { entry: 'src/embed.ts', formats: ['iife'], name: 'FrontdeskWidget', fileName: () => 'widget.js' },
      rollupOptions: module ? { external: [/^preact/] } : {},
    },
  };
});
