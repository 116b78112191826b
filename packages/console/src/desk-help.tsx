/** A "Keyboard shortcuts" button and the `?` key, opening the shortcut dialog (its own chunk, loaded on first use). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { lazyScreen } from './lazy-screen.js';

const ShortcutHelp = lazyScreen(async () => (await import('./shortcut-help.js')).ShortcutHelp);

/** `open` state lives with the caller, so its `?` handler can open the dialog. */
export function DeskHelp({ open, onOpen, onClose }: { open: boolean; onOpen(): void; onClose(): void }) {
  return (
    <span>
      <button type="button" class="link-button" onClick={onOpen} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      {open && <ShortcutHelp onClose={onClose} />}
    </span>
  );
}

/** The open state of the dialog. */
export function useHelpOpen(): [boolean, (open: boolean) => void] {
  return useState(false);
}
