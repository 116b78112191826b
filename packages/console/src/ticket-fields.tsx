/** Changes a ticket's status and priority; a status change is posted back to the requester. */
import type { TicketRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';

export const STATUSES = ['open', 'pending', 'resolved', 'closed'];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'];

/** The known values plus the ticket's own, if it is another (tickets from other systems). */
function withCurrent(values: string[], current: string): string[] {
  return values.includes(current) ? values : [current, ...values];
}

/** A small form; only what changed is sent. */
export function TicketFields({ ticket, onSaved }: { ticket: TicketRow; onSaved(): void }) {
  const { api, fail } = useDesk();
  const [status, setStatus] = useState(ticket.status);
  const [priority, setPriority] = useState(ticket.priority);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  // A change made elsewhere (another staff member, a remote system) shows up in the form.
  const server = useRef(ticket);
  useEffect(() => {
    const before = server.current;
    server.current = ticket;
    if (before.status !== ticket.status) setStatus(ticket.status);
    if (before.priority !== ticket.priority) setPriority(ticket.priority);
  }, [ticket]);

  async function save(event: Event) {
    event.preventDefault();
    const changes: Record<string, string> = {};
    if (status !== ticket.status) changes.status = status;
    if (priority !== ticket.priority) changes.priority = priority;
    if (Object.keys(changes).length === 0) {
      setNote('Nothing changed.');
      return;
    }
    setSaving(true);
    try {
      await api.call('PATCH', `/v1/tickets/${encodeURIComponent(ticket.id)}`, changes);
      setNote('Saved.');
      onSaved();
    } catch (error) {
      setNote(fail(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="fields" onSubmit={save} aria-label="Ticket fields">
      <Choice
        label="Status"
        value={status}
        options={withCurrent(STATUSES, ticket.status)}
        onChange={setStatus}
      />
      <Choice
        label="Priority"
        value={priority}
        options={withCurrent(PRIORITIES, ticket.priority)}
        onChange={setPriority}
      />
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save changes'}
      </button>
      <span role="status">{note}</span>
    </form>
  );
}

/** A labelled select of plain string options. */
function Choice(props: { label: string; value: string; options: string[]; onChange(value: string): void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.options.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}
