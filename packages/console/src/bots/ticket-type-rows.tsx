/** Keyword rules that give a ticket its type and priority (e.g. "refund, invoice" → billing, high). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import type { TicketTypeRow } from './escalation-draft.js';

export function TicketTypeRows({
  rows,
  onChange,
}: {
  rows: TicketTypeRow[];
  onChange(rows: TicketTypeRow[]): void;
}) {
  const set = (index: number, patch: Partial<TicketTypeRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <div class="ticket-types">
      <p class="muted">
        Keyword rules: a message with one of the keywords gets that ticket type and priority.
      </p>
      {rows.map((row, index) => (
        <div key={index} class="row ticket-type">
          <label>
            Keywords (rule {index + 1})
            <input
              value={row.keywords}
              onInput={(event) => set(index, { keywords: event.currentTarget.value })}
            />
          </label>
          <label>
            Type (rule {index + 1})
            <input value={row.type} onInput={(event) => set(index, { type: event.currentTarget.value })} />
          </label>
          <label>
            Priority (rule {index + 1})
            <input
              value={row.priority}
              onInput={(event) => set(index, { priority: event.currentTarget.value })}
            />
          </label>
          <button type="button" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            Remove rule {index + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { keywords: '', type: '', priority: '' }])}>
        Add keyword rule
      </button>
    </div>
  );
}
