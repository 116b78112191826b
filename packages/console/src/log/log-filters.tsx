/** The request log's filters: time range, status class, method, part of the path, bot, request id. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useField } from '../use-field.js';

export interface LogFilter {
  since: string;
  until: string;
  statusClass: string;
  method: string;
  path: string;
  requestId: string;
  botId: string;
}

export const NO_FILTER: LogFilter = {
  since: '',
  until: '',
  statusClass: '',
  method: '',
  path: '',
  requestId: '',
  botId: '',
};

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const CLASSES = ['2xx', '3xx', '4xx', '5xx'];

/** A `datetime-local` value (the browser's time zone) as an ISO time, or undefined when empty. */
export function isoOf(local: string): string | undefined {
  const time = local ? new Date(local) : undefined;
  return time && !Number.isNaN(time.getTime()) ? time.toISOString() : undefined;
}

export function LogFilters({
  bots,
  onApply,
}: {
  bots: { id: string; name: string }[];
  onApply(filter: LogFilter): void;
}) {
  const [filter, setFilter, latest] = useField(() => NO_FILTER);
  const set = (key: keyof LogFilter) => (event: { currentTarget: { value: string } }) =>
    setFilter({ ...latest.current, [key]: event.currentTarget.value });

  return (
    <form
      class="filters"
      aria-label="Filter requests"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(latest.current);
      }}
    >
      <label>
        From
        <input type="datetime-local" value={filter.since} onInput={set('since')} />
      </label>
      <label>
        To
        <input type="datetime-local" value={filter.until} onInput={set('until')} />
      </label>
      <label>
        Status
        <select value={filter.statusClass} onChange={set('statusClass')}>
          <option value="">Any</option>
          {CLASSES.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </label>
      <label>
        Method
        <select value={filter.method} onChange={set('method')}>
          <option value="">Any</option>
          {METHODS.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </label>
      <label>
        Path contains
        <input value={filter.path} placeholder="/v1/bots" onInput={set('path')} />
      </label>
      <label>
        Bot
        <select value={filter.botId} onChange={set('botId')}>
          <option value="">Any</option>
          {bots.map((bot) => (
            <option key={bot.id} value={bot.id}>
              {bot.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Request id
        <input value={filter.requestId} onInput={set('requestId')} />
      </label>
      <button type="submit">Apply filters</button>
      <button
        type="button"
        onClick={() => {
          setFilter(NO_FILTER);
          onApply(NO_FILTER);
        }}
      >
        Clear
      </button>
    </form>
  );
}
