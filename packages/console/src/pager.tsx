/** Previous / next page buttons and where in the list you are. */
import type { Paging } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

/** `onPage` receives the new offset. */
export function Pager({
  paging,
  shown,
  onPage,
}: {
  paging: Paging;
  shown: number;
  onPage(offset: number): void;
}) {
  const { total, limit, offset } = paging;
  const first = total === 0 ? 0 : offset + 1;
  return (
    <nav class="row pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        Previous page
      </button>
      <span role="status">
        {first}–{offset + shown} of {total}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        Next page
      </button>
    </nav>
  );
}
