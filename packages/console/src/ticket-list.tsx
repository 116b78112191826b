/** The ticket list: filters, sorting and paging; new and changed tickets show up live. */
import type { Paging, TicketRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { query } from './api.js';
import { useDesk } from './desk-context.js';
import { DeskHelp } from './desk-help.js';
import { rememberListed, useDeskKeys } from './desk-keys.js';
import { assigneeName, useDeskPeople } from './desk-people.js';
import { formatDate, formatRequester } from './format.js';
import { NotificationButton } from './notification-button.js';
import { Pager } from './pager.js';
import { routeHref } from './route.js';
import { SavedFilters } from './saved-filters.js';
import { NO_FILTER, type TicketFilter, TicketFilters } from './ticket-filters.js';
import { useLoad } from './use-load.js';

const PAGE_SIZE = 25;

const SAVED = 'frontdesk-console-ticket-filter';

/** The filter and page of this tab's last visit (sessionStorage), so going back to the list keeps them. */
function savedView(): { filter: TicketFilter; offset: number } {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SAVED) ?? 'null');
    if (saved && typeof saved === 'object')
      return { filter: { ...NO_FILTER, ...saved.filter }, offset: saved.offset | 0 };
  } catch {
    // Unreadable or blocked storage: start fresh.
  }
  return { filter: NO_FILTER, offset: 0 };
}

export function TicketList() {
  const desk = useDesk();
  const [filter, setFilter] = useState(() => savedView().filter);
  const [offset, setOffset] = useState(() => savedView().offset);
  useEffect(() => {
    try {
      sessionStorage.setItem(SAVED, JSON.stringify({ filter, offset }));
    } catch {
      // Nothing to keep it in.
    }
  }, [filter, offset]);
  const loaded = useLoad(
    () =>
      desk.api.call<{ data: TicketRow[]; paging: Paging }>(
        'GET',
        `/v1/tickets${query({ ...filter, limit: PAGE_SIZE, offset })}`,
      ),
    [JSON.stringify(filter), offset, desk.ticketsVersion],
  );
  const tickets = loaded.data?.data ?? [];
  const people = useDeskPeople();
  const [help, setHelp] = useState(false);
  // Applying a saved filter starts the filter form afresh (its typed fields included).
  const [formKey, setFormKey] = useState(0);
  const table = useRef<HTMLTableSectionElement>(null);
  useEffect(() => rememberListed(tickets.map((ticket) => ticket.id)), [tickets]);

  /** j/k move the focus down and up the ticket links; Enter on a focused link opens it. */
  const links = () => [...(table.current?.querySelectorAll<HTMLAnchorElement>('a.ticket-link') ?? [])];
  function move(step: 1 | -1): undefined {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const index =
      at < 0 ? (step === 1 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1);
    all[index]?.focus();
  }
  useDeskKeys({
    j: () => move(1),
    k: () => move(-1),
    // A focused link or button does its own Enter; with nothing focused, Enter opens the first ticket.
    Enter: () => {
      const focused = document.activeElement;
      if (focused && focused !== document.body && focused.id !== 'main') return false;
      const first = links()[0];
      if (first) location.hash = first.getAttribute('href') ?? '';
      return undefined;
    },
    '?': () => {
      setHelp(true);
      return undefined;
    },
  });
  const view = (changes: Partial<TicketFilter>) => {
    setFilter({ ...filter, ...changes });
    setOffset(0);
  };

  return (
    <section aria-labelledby="tickets-heading">
      <div class="list-head">
        <h1 id="tickets-heading">Tickets</h1>
        <NotificationButton />
        <DeskHelp open={help} onOpen={() => setHelp(true)} onClose={() => setHelp(false)} />
      </div>
      <nav class="views" aria-label="Ticket views">
        {(
          [
            ['', 'All'],
            ['me', 'Mine'],
            ['none', 'Unassigned'],
          ] as const
        ).map(([assignee, label]) => (
          <button
            key={label}
            type="button"
            aria-pressed={filter.assignee === assignee}
            onClick={() => view({ assignee })}
          >
            {label}
          </button>
        ))}
      </nav>
      <SavedFilters
        filter={filter}
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
          setFormKey((key) => key + 1);
        }}
      />
      <TicketFilters
        key={formKey}
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && tickets.length === 0 && <p>No tickets match.</p>}
      {tickets.length > 0 && (
        <div class="table-scroll">
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Summary</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Channel</th>
                <th scope="col">Requester</th>
                <th scope="col">Assignee</th>
                <th scope="col">Opened</th>
              </tr>
            </thead>
            <tbody ref={table}>
              {tickets.map((ticket) => (
                <tr key={ticket.id}>
                  <td data-label="Ticket" class="nowrap">
                    <a class="ticket-link" href={routeHref({ name: 'ticket', id: ticket.id })}>
                      {ticket.id}
                    </a>
                  </td>
                  <td data-label="Summary">{ticket.summary}</td>
                  <td data-label="Status" class="nowrap">
                    {ticket.status}
                  </td>
                  <td data-label="Priority" class="nowrap">
                    {ticket.priority}
                  </td>
                  <td data-label="Channel" class="nowrap">
                    {ticket.channel ?? '—'} · {ticket.botId}
                  </td>
                  <td data-label="Requester">{formatRequester(ticket.requester)}</td>
                  <td data-label="Assignee">{assigneeName(people, ticket.assignee)}</td>
                  <td data-label="Opened" class="nowrap">
                    {formatDate(ticket.createdDate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.data && <Pager paging={loaded.data.paging} shown={tickets.length} onPage={setOffset} />}
    </section>
  );
}
