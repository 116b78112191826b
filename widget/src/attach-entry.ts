/**
 * The attachment chunk: the tray and file picker, loaded on the visitor's first attach, drop or
 * paste. As a script-tag chunk it registers itself under its own URL, like the panel.
 */
import { trayFor } from './attach-tray.js';

export type { Tray, TrayContext } from './attach-tray.js';
export const startTray = trayFor;
export type StartTray = typeof trayFor;

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const global = self as { __frontdesk?: Record<string, unknown> };
  global.__frontdesk ??= {};
  global.__frontdesk[script.src] = startTray;
}
