/** The ticket list: filters, sorting and paging; new and changed tickets show up live. */
import type { Paging, TicketRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { query } from './api.js';
import { useDesk } from './desk-context.js';
import { formatDate, formatRequester } from './format.js';
import { Pager } from './pager.js';
import { routeHref } from './route.js';
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

  return (
    <section aria-labelledby="tickets-heading">
      <h1 id="tickets-heading">Tickets</h1>
      <TicketFilters
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
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id}>
                  <td data-label="Ticket" class="nowrap">
                    <a href={routeHref({ name: 'ticket', id: ticket.id })}>{ticket.id}</a>
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
                  <td data-label="Assignee">{ticket.assignee ?? '—'}</td>
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
