// Builds the staff console as ES modules: `dist/console.js` (sign-in and the ticket screens, CSS
// inlined) and one chunk per other screen in `dist/chunks/`, loaded when first opened; the server
// serves both under /console.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const wire = fileURLToPath(new URL('../core/src/wire.ts', import.meta.url));

export default defineConfig({
  // Only types come from the wire schemas; the alias keeps the build independent of core's dist.
  resolve: { alias: { '@frontdesk/core/wire': wire } },
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  build: {
    outDir: 'dist',
    // `tsc -b` writes types into dist/types before this runs.
    emptyOutDir: false,
    target: ['chrome111', 'firefox114', 'safari16.4'],
    cssTarget: ['chrome111', 'firefox114', 'safari16.4'],
    minify: true,
    sourcemap: false,
    // Modules load their chunks themselves; no preload helper or polyfill is needed.
    modulePreload: false,
    lib: {
      entry: 'src/index.tsx',
      formats: ['es'],
      fileName: () => 'console.js',
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
