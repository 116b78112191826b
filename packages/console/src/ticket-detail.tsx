/** One ticket: its details, the fields staff change (not shown without `tickets:write`), and the conversation behind it. */
import type { TicketWithMessages } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConversationPanel } from './conversation-panel.js';
import { useDesk } from './desk-context.js';
import { DeskHelp } from './desk-help.js';
import { neighbour, useDeskKeys } from './desk-keys.js';
import { useDeskPeople } from './desk-people.js';
import { formatDate, formatRequester } from './format.js';
import { routeHref } from './route.js';
import { safeUrl } from './safe-url.js';
import { assignTicket, TicketAssign } from './ticket-assign.js';
import { TicketFields } from './ticket-fields.js';
import { useLoad } from './use-load.js';

/** Reloads when a ticket changes anywhere (live events). */
export function TicketDetail({ id }: { id: string }) {
  const desk = useDesk();
  const loaded = useLoad(
    () => desk.api.call<{ data: TicketWithMessages }>('GET', `/v1/tickets/${encodeURIComponent(id)}`),
    [id, desk.ticketsVersion],
  );
  const ticket = loaded.data?.data;
  const people = useDeskPeople();
  const [help, setHelp] = useState(false);
  const [said, setSaid] = useState('');
  const writes = desk.can('tickets:write');
  /** Switches the compose box to replying or to a note, and puts the cursor in it. */
  const compose = (mode: 'reply' | 'note') => () => {
    document.getElementById(`compose-${mode}`)?.click();
    document.getElementById('reply-text')?.focus();
    return undefined;
  };
  const go = (step: 1 | -1) => () => {
    const next = neighbour(id, step);
    if (next) location.hash = routeHref({ name: 'ticket', id: next });
    return undefined;
  };
  useDeskKeys({
    j: go(1),
    k: go(-1),
    r: compose('reply'),
    n: compose('note'),
    a: () => {
      if (writes && people.me)
        assignTicket(desk, id, { assignee: people.me }).then(setSaid).then(loaded.reload);
      return undefined;
    },
    e: () => {
      if (!writes) return undefined;
      desk.api
        .call('PATCH', `/v1/tickets/${encodeURIComponent(id)}`, { status: 'resolved' })
        .then(() => 'Ticket resolved.', desk.fail)
        .then(setSaid)
        .then(loaded.reload);
      return undefined;
    },
    '?': () => {
      setHelp(true);
      return undefined;
    },
  });
  if (!ticket) return <p role={loaded.error ? 'alert' : 'status'}>{loaded.error ?? 'Loading the ticket…'}</p>;
  const link = safeUrl(ticket.url);
  return (
    <article aria-labelledby="ticket-heading">
      <p class="list-head">
        <a href={routeHref({ name: 'tickets' })}>← All tickets</a>
        <DeskHelp open={help} onOpen={() => setHelp(true)} onClose={() => setHelp(false)} />
        <span role="status">{said}</span>
      </p>
      <h1 id="ticket-heading">
        {ticket.id}: {ticket.summary}
      </h1>
      <dl class="meta">
        <dt>Status</dt>
        <dd>{ticket.status}</dd>
        <dt>Priority</dt>
        <dd>{ticket.priority}</dd>
        <dt>Channel</dt>
        <dd>{ticket.channel ?? '—'}</dd>
        <dt>Bot</dt>
        <dd>{ticket.botId}</dd>
        <dt>Requester</dt>
        <dd>{formatRequester(ticket.requester)}</dd>
        <dt>Opened</dt>
        <dd>{formatDate(ticket.createdDate)}</dd>
        <dt>System</dt>
        <dd>
          {ticket.sink}
          {link && (
            <span>
              {' '}
              (
              <a href={link} target="_blank" rel="noopener noreferrer">
                {ticket.externalId}
              </a>
              )
            </span>
          )}
        </dd>
      </dl>
      <details>
        <summary>Description</summary>
        <pre class="description">{ticket.description}</pre>
      </details>
      {writes && <TicketAssign ticket={ticket} onSaved={loaded.reload} />}
      {writes && <TicketFields key={ticket.id} ticket={ticket} onSaved={loaded.reload} />}
      <ConversationPanel
        conversationId={ticket.conversationId}
        replyPath={`/v1/tickets/${encodeURIComponent(ticket.id)}/replies`}
      />
    </article>
  );
}
