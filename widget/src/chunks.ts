/** The lazily loaded parts, for bundlers: `import()` lets the site's bundler split them. */

import type { StartTray } from './attach-entry.js';
import type { Strings } from './i18n.js';
import type { Language } from './languages.js';
import type { StartPanel } from './panel-entry.js';
import type { startTeaser } from './teaser.js';

export interface Chunks {
  panel(): Promise<StartPanel>;
  /** The attachment tray, on the first attach, drop or paste. */
  attach(): Promise<StartTray>;
  /** The teaser next to the launcher, once the page is idle. */
  teaser(): Promise<typeof startTeaser>;
  /** A language's texts; English is built into the panel. */
  strings(language: Language): Promise<Partial<Strings>>;
}

const languages = import.meta.glob<Partial<Strings>>('./locales/*.json', { import: 'default' });

export function createChunks(_serverUrl: string): Chunks {
  return {
    panel: () => import('./panel-entry.js').then((module) => module.startPanel),
    attach: () => import('./attach-entry.js').then((module) => module.startTray),
    teaser: () => import('./teaser.js').then((module) => module.startTeaser),
    async strings(language) {
      const load = languages[`./locales/${language}.json`];
      return load ? load() : {};
    },
  };
}
