/** Copies a text to the clipboard and says so; if the browser refuses, the text stays selectable. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState('');
  return (
    <span>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setDone('Copied.'),
            () => setDone('Copying was refused: select the text and copy it.'),
          )
        }
      >
        {label}
      </button>{' '}
      <span role="status" class="muted">
        {done}
      </span>
    </span>
  );
}
