/** A header or composer button with a glyph and a label for screen readers and tooltips. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

/** Glyphs instead of SVG icons: every byte counts toward the 15 KB budget. */
export function IconButton(props: { label: string; onClick(): void; glyph: string }) {
  return (
    <button
      type="button"
      class="fd-icon"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.glyph}</span>
    </button>
  );
}
