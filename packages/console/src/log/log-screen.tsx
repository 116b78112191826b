/** The request log (owners and admins): API requests newest first, filtered and paged; a row opens its details. */
import type { LogEntryView, Paging } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { query } from '../api.js';
import { useDesk } from '../desk-context.js';
import { formatDate } from '../format.js';
import { Pager } from '../pager.js';
import { useLoad } from '../use-load.js';
import { isoOf, type LogFilter, LogFilters, NO_FILTER } from './log-filters.js';

const LIMIT = 50;

function LogDetail({ entry, onClose }: { entry: LogEntryView; onClose(): void }) {
  const rows: [string, string][] = [
    ['Time', new Date(entry.createdAt).toISOString()],
    ['Method', entry.method],
    ['Route', entry.route],
    ['Status', String(entry.status)],
    ['Duration', `${entry.durationMs.toFixed(1)} ms`],
    ['Request id', entry.requestId],
    ['Bot', entry.botId ?? 'None'],
    ['Token', entry.tokenId ?? 'None'],
    ['Client address', entry.ip ?? 'Unknown'],
  ];
  return (
    <section class="log-detail" aria-labelledby="log-detail-heading">
      <h2 id="log-detail-heading">
        {entry.method} {entry.route}
      </h2>
      <dl class="meta">
        {rows.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={label}>{value}</dd>])}
      </dl>
      <button type="button" onClick={onClose}>
        Close details
      </button>
    </section>
  );
}

export function LogScreen() {
  const desk = useDesk();
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<LogEntryView>();
  const loaded = useLoad(
    () =>
      desk.api.call<{ data: LogEntryView[]; paging: Paging }>(
        'GET',
        `/v1/logs${query({
          from: isoOf(filter.since),
          to: isoOf(filter.until),
          statusClass: filter.statusClass,
          method: filter.method,
          path: filter.path.trim(),
          requestId: filter.requestId.trim(),
          botId: filter.botId,
          limit: LIMIT,
          offset,
        })}`,
      ),
    [filter, offset],
  );
  const entries = loaded.data?.data ?? [];
  const bots = useLoad(() => desk.api.call<{ data: { id: string; name: string }[] }>('GET', '/v1/bots'), []);

  return (
    <section aria-labelledby="log-heading">
      <h1 id="log-heading">Request log</h1>
      <p class="muted">Every API request of this workspace: never a body, a header or a secret.</p>
      <LogFilters
        bots={bots.data?.data ?? []}
        onApply={(next) => {
          setOffset(0);
          setOpen(undefined);
          setFilter(next);
        }}
      />
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {open && <LogDetail entry={open} onClose={() => setOpen(undefined)} />}
      <div class="table-scroll">
        <table class="cards log-table">
          <caption class="visually-hidden">Requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Method</th>
              <th scope="col">Route</th>
              <th scope="col">Status</th>
              <th scope="col">Duration</th>
              <th scope="col">Request id</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} class={open?.id === entry.id ? 'open' : undefined}>
                <td data-label="Time">
                  <button
                    type="button"
                    class="link"
                    aria-label={`Details of ${entry.method} ${entry.route} at ${formatDate(entry.createdAt)}`}
                    onClick={() => setOpen(entry)}
                  >
                    {formatDate(entry.createdAt)}
                  </button>
                </td>
                <td data-label="Method">{entry.method}</td>
                <td data-label="Route">
                  <code>{entry.route}</code>
                </td>
                <td data-label="Status" class={entry.status >= 500 ? 'error' : undefined}>
                  {entry.status}
                </td>
                <td data-label="Duration">{Math.round(entry.durationMs)} ms</td>
                <td data-label="Request id">
                  <code>{entry.requestId}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {loaded.data && entries.length === 0 && <p class="muted">No request matches these filters.</p>}
      {loaded.data && <Pager paging={loaded.data.paging} shown={entries.length} onPage={setOffset} />}
    </section>
  );
}
