/**
 * Build steps for the script tag's chunks. `languageChunks` (the `chunks` pass) turns each
 * src/locales/<lang>.json into a classic script that registers its texts, and writes
 * chunks/manifest.json naming every chunk by content hash. `chunkManifest` (the loader pass)
 * puts those names into the loader, which is how `widget.js` finds the files of its own build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LOCALES = fileURLToPath(new URL('../src/locales/', import.meta.url));

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 8);

export function languageChunks(): Plugin {
  let chunksDir = '';
  return {
    name: 'frontdesk-language-chunks',
    configResolved(config) {
      chunksDir = resolve(config.root, config.build.outDir, 'chunks');
    },
    buildStart() {
      // Old builds' hashed files would pile up; the manifest below names the current ones.
      rmSync(chunksDir, { recursive: true, force: true });
    },
    generateBundle(_options, bundle) {
      const manifest: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) manifest[file.name] = file.fileName.slice(7, -3);
      }
      for (const entry of readdirSync(LOCALES).filter((name) => name.endsWith('.json'))) {
        const language = entry.slice(0, -5);
        const strings = JSON.stringify(JSON.parse(readFileSync(join(LOCALES, entry), 'utf8')));
        const source = `(self.__frontdesk=self.__frontdesk||{})[document.currentScript.src]=${strings};\n`;
        const name = `${language}.${hashOf(source)}`;
        this.emitFile({ type: 'asset', fileName: `chunks/${name}.js`, source });
        manifest[language] = name;
      }
      this.emitFile({ type: 'asset', fileName: 'chunks/manifest.json', source: JSON.stringify(manifest) });
    },
  };
}

/** The `attach` pass: adds its chunk (the attachment tray) to the manifest the `chunks` pass wrote. */
export function addToManifest(): Plugin {
  let manifestFile = '';
  return {
    name: 'frontdesk-add-to-manifest',
    configResolved(config) {
      manifestFile = resolve(config.root, config.build.outDir, 'chunks/manifest.json');
    },
    generateBundle(_options, bundle) {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) manifest[file.name] = file.fileName.slice(7, -3);
      }
      this.emitFile({ type: 'asset', fileName: 'chunks/manifest.json', source: JSON.stringify(manifest) });
    },
  };
}

export function chunkManifest(): Plugin {
  let manifestFile = '';
  return {
    name: 'frontdesk-chunk-manifest',
    configResolved(config) {
      manifestFile = resolve(config.root, config.build.outDir, 'chunks/manifest.json');
    },
    transform(code, id) {
      if (!id.endsWith('chunks-script.ts')) return undefined;
      let manifest: string;
      try {
        manifest = readFileSync(manifestFile, 'utf8');
      } catch {
        this.error(`${manifestFile} is missing: run \`vite build --mode chunks\` first.`);
      }
      return code.replace('__FD_CHUNKS__', manifest);
    },
  };
}
