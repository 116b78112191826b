/**
 * The script-tag entry (the loader, `widget.js`): reads `data-*` and `window.FrontdeskSettings`,
 * mounts the launcher, sets `window.Frontdesk` (replaying calls a page queued before it loaded)
 * and defines `<frontdesk-chat>`.
 */
import { defineChatElement } from './inline-element.js';
import { type FrontdeskWidget, mountWidget } from './mount.js';
import { optionsFromScript, type WidgetOptions } from './options.js';

/** What a page may set before the script runs: `Frontdesk('open')` calls are kept in `q`. */
type Queued = { q?: ArrayLike<unknown>[] };

declare global {
  interface Window {
    Frontdesk?: FrontdeskWidget | Queued;
    FrontdeskSettings?: Partial<WidgetOptions>;
  }
}

// `currentScript` is only set while the script first runs, so read it now.
const script = document.currentScript as HTMLScriptElement | null;

function start(): void {
  const options = optionsFromScript(script, window.FrontdeskSettings);
  defineChatElement(options);
  const queued = (window.Frontdesk as Queued | undefined)?.q;
  if ((window.Frontdesk && !queued) || options.launcher === false) return;
  const widget = mountWidget(options);
  window.Frontdesk = widget;
  for (const [method, ...args] of Array.from(queued ?? [], (call) => Array.from(call))) {
    const call = widget[method as keyof FrontdeskWidget];
    if (typeof call === 'function') (call as (...values: unknown[]) => void)(...args);
  }
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
