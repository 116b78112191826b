/** The `?` dialog: the desk shortcuts the role may use, in a modal `<dialog>` (focus kept inside, Escape closes). Loaded on first use. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useDesk } from './desk-context.js';
import { SHORTCUTS } from './desk-keys.js';

/** The keys that change a ticket: not listed for a role that may only read tickets. */
const WRITES = ['r', 'n', 'a', 'e'];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const writes = useDesk().can('tickets:write');
  const shown = SHORTCUTS.filter(([key]) => writes || !WRITES.includes(key));
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} class="shortcut-help" aria-labelledby="shortcut-help-heading" onClose={onClose}>
      <h2 id="shortcut-help-heading">Keyboard shortcuts</h2>
      <p class="muted">On the ticket list and a ticket, when you are not typing in a field.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
