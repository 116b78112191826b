/** The desk's keyboard shortcuts: one listener, quiet while typing in a field or when a dialog is open. */
import { useEffect, useRef } from 'preact/hooks';

/** The shortcuts, as the `?` dialog lists them. */
export const SHORTCUTS: [string, string][] = [
  ['j', 'Next ticket'],
  ['k', 'Previous ticket'],
  ['Enter', 'Open the selected ticket'],
  ['r', 'Reply (focus the reply box)'],
  ['n', 'Write an internal note'],
  ['a', 'Assign the ticket to me'],
  ['e', 'Resolve the ticket'],
  ['?', 'Show these shortcuts'],
];

/** True when a key press belongs to what the person is typing or to an open dialog. */
function typing(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const target = event.target as HTMLElement | null;
  if (target?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog'))
    return true;
  return Boolean(document.querySelector('dialog[open]'));
}

/** Calls `handlers[key]` for a shortcut key (one returning `false` leaves the key alone); the handlers may change every render. */
export function useDeskKeys(handlers: Partial<Record<string, () => undefined | boolean>>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (typing(event)) return;
      const handler = current.current[event.key];
      if (!handler || handler() === false) return;
      event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** The ticket ids of the list as last shown, so j/k on a ticket go to the next one in it. */
let listed: string[] = [];
export function rememberListed(ids: string[]): void {
  listed = ids;
}
/** The id `step` places away from `id` in the last list, if there is one. */
export function neighbour(id: string, step: 1 | -1): string | undefined {
  const index = listed.indexOf(id);
  return index < 0 ? undefined : listed[index + step];
}
