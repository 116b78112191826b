/** The ticket list's filters and sort order; choices apply at once, typed text on Enter or "Search". */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { missingGroupName, useDeskPeople } from './desk-people.js';
import { PRIORITIES, STATUSES } from './ticket-fields.js';

export interface TicketFilter {
  status: string;
  channel: string;
  botId: string;
  priority: string;
  /** A member id, `me` or `none` (unassigned); empty: anyone. */
  assignee: string;
  /** A group id or `none`; empty: any group. */
  groupId: string;
  q: string;
  sort: 'createdAt' | 'updatedAt';
  order: 'asc' | 'desc';
}

export const NO_FILTER: TicketFilter = {
  status: '',
  channel: '',
  botId: '',
  priority: '',
  assignee: '',
  groupId: '',
  q: '',
  sort: 'createdAt',
  order: 'desc',
};

function Choice(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange(value: string): void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const any = (values: string[]): [string, string][] => [
  ['', 'Any'],
  ...values.map((v): [string, string] => [v, v]),
];

/** Calls `onChange` with the whole new filter. */
export function TicketFilters({
  filter,
  onChange,
}: {
  filter: TicketFilter;
  onChange(filter: TicketFilter): void;
}) {
  const [q, setQ] = useState(filter.q);
  const [botId, setBotId] = useState(filter.botId);
  const set = (changes: Partial<TicketFilter>) => onChange({ ...filter, q, botId, ...changes });
  const people = useDeskPeople();
  const named = (items: { id: string; name: string }[]) =>
    items.map((item): [string, string] => [item.id, item.name]);

  return (
    <form
      class="filters"
      aria-label="Filter tickets"
      onSubmit={(event) => {
        event.preventDefault();
        set({});
      }}
    >
      <label>
        Search
        <input type="search" value={q} maxLength={200} onInput={(event) => setQ(event.currentTarget.value)} />
      </label>
      <Choice
        label="Status"
        value={filter.status}
        options={any(STATUSES)}
        onChange={(status) => set({ status })}
      />
      <Choice
        label="Channel"
        value={filter.channel}
        options={any(['web', 'slack', 'teams', 'api'])}
        onChange={(channel) => set({ channel })}
      />
      <Choice
        label="Priority"
        value={filter.priority}
        options={any(PRIORITIES)}
        onChange={(priority) => set({ priority })}
      />
      <Choice
        label="Assignee"
        value={filter.assignee}
        options={[
          ['', 'Anyone'],
          ['me', 'Mine'],
          ['none', 'Unassigned'],
          ...named(people.members.filter((member) => member.id !== people.me)),
        ]}
        onChange={(assignee) => set({ assignee })}
      />
      <Choice
        label="Group"
        value={filter.groupId}
        options={[
          ['', 'Any'],
          ['none', 'No group'],
          ...named(people.groups),
          // A saved filter can name a group deleted since.
          ...(filter.groupId &&
          filter.groupId !== 'none' &&
          !people.groups.some((g) => g.id === filter.groupId)
            ? [[filter.groupId, missingGroupName(people)] as [string, string]]
            : []),
        ]}
        onChange={(groupId) => set({ groupId })}
      />
      <label>
        Bot
        <input
          type="text"
          value={botId}
          maxLength={200}
          onInput={(event) => setBotId(event.currentTarget.value)}
        />
      </label>
      <Choice
        label="Sort by"
        value={`${filter.sort}:${filter.order}`}
        options={[
          ['createdAt:desc', 'Newest first'],
          ['createdAt:asc', 'Oldest first'],
          ['updatedAt:desc', 'Recently updated'],
          ['updatedAt:asc', 'Least recently updated'],
        ]}
        onChange={(value) => {
          const [sort, order] = value.split(':') as [TicketFilter['sort'], TicketFilter['order']];
          set({ sort, order });
        }}
      />
      <button type="submit">Search</button>
    </form>
  );
}
