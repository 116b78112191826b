/** The script-tag entry: reads `data-*` and `window.FrontdeskSettings`, mounts, and sets `window.Frontdesk`. */
import { type FrontdeskWidget, mountWidget } from './mount.js';
import { optionsFromScript, type WidgetOptions } from './options.js';

declare global {
  interface Window {
    Frontdesk?: FrontdeskWidget;
    FrontdeskSettings?: Partial<WidgetOptions>;
  }
}

// `currentScript` is only set while the script first runs, so read it now.
const script = document.currentScript as HTMLScriptElement | null;

function start(): void {
  if (window.Frontdesk) return;
  window.Frontdesk = mountWidget(optionsFromScript(script, window.FrontdeskSettings));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
