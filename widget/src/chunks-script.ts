/**
 * The lazily loaded parts, for the script tag: classic scripts from the widget's server
 * (`/widget.js?chunk=panel.<hash>`), which register themselves on `self.__frontdesk` under their
 * own URL, so two widgets from different servers or versions on one page never mix their parts.
 * The chunk names come from dist/chunks/manifest.json at build time (see build/chunk-plugins.ts).
 */
import type { StartTray } from './attach-entry.js';
import type { Chunks } from './chunks.js';
import type { Strings } from './i18n.js';
import type { StartPanel } from './panel-entry.js';
import type { startTeaser } from './teaser.js';

declare const __FD_CHUNKS__: Record<string, string>;
const FILES: Record<string, string> = __FD_CHUNKS__;

type Registry = Record<string, unknown>;
const registry = (): Registry => {
  const global = self as { __frontdesk?: Registry };
  global.__frontdesk ??= {};
  return global.__frontdesk;
};

export function createChunks(serverUrl: string): Chunks {
  const loading = new Map<string, Promise<unknown>>();
  function load(name: string): Promise<unknown> {
    let promise = loading.get(name);
    if (!promise) {
      promise = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = `${serverUrl}/widget.js?chunk=${FILES[name]}`;
        // `src` reads back absolute, as the chunk's `document.currentScript.src` will be.
        const loaded = () => registry()[script.src];
        if (loaded()) return resolve(loaded());
        const failed = () => {
          script.remove();
          loading.delete(name);
          reject(new Error(`Frontdesk: could not load ${script.src}`));
        };
        script.onload = () => {
          script.remove();
          if (loaded()) resolve(loaded());
          else failed();
        };
        script.onerror = failed;
        document.head.append(script);
      });
      loading.set(name, promise);
    }
    return promise;
  }
  return {
    panel: () => load('panel') as Promise<StartPanel>,
    attach: () => load('attach') as Promise<StartTray>,
    teaser: () => load('teaser') as Promise<typeof startTeaser>,
    strings: async (language) => (FILES[language] ? (load(language) as Promise<Partial<Strings>>) : {}),
  };
}
