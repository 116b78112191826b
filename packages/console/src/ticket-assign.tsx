/** Who works a ticket: "Assign to me", an assignee (members) and a group; each change is saved at once. */
import type { TicketRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';
import { listGroups, missingGroupName, useDeskPeople } from './desk-people.js';

/** PATCHes the ticket; returns the status line to show. */
export async function assignTicket(
  desk: ReturnType<typeof useDesk>,
  ticketId: string,
  changes: { assignee?: string | null; groupId?: string | null },
): Promise<string> {
  try {
    await desk.api.call('PATCH', `/v1/tickets/${encodeURIComponent(ticketId)}`, changes);
    return 'Assignment saved.';
  } catch (error) {
    return desk.fail(error);
  }
}

/** The options of a select: the known ones, plus the current value (named `missing`) when it is not among them. */
function options(
  known: { id: string; name: string }[],
  current: string | null,
  missing: string,
): { id: string; name: string }[] {
  if (!current || known.some((item) => item.id === current)) return known;
  return [{ id: current, name: missing }, ...known];
}

export function TicketAssign({ ticket, onSaved }: { ticket: TicketRow; onSaved(): void }) {
  const desk = useDesk();
  const people = useDeskPeople();
  const [note, setNote] = useState('');
  const [groups, setGroups] = useState<{ id: string; name: string }[]>();
  const known = groups ?? people.groups;
  const unknownGroup = Boolean(ticket.groupId) && !known.some((group) => group.id === ticket.groupId);

  useEffect(() => {
    // The people are loaded once per sign-in: a group made since is fetched before it is called deleted.
    if (!unknownGroup || !people.groupsListed || groups) return;
    listGroups(desk.api).then(setGroups, () => {});
  }, [unknownGroup, people.groupsListed, groups, desk.api]);

  async function change(changes: { assignee?: string | null; groupId?: string | null }) {
    setNote(await assignTicket(desk, ticket.id, changes));
    onSaved();
  }

  return (
    <fieldset class="fields assign">
      <legend class="visually-hidden">Assignment</legend>
      <label>
        Assignee
        <select
          value={ticket.assignee ?? ''}
          onChange={(event) => change({ assignee: event.currentTarget.value || null })}
        >
          <option value="">Unassigned</option>
          {options(
            people.members,
            ticket.assignee,
            ticket.assignee === people.me ? 'Me' : (ticket.assignee ?? ''),
          ).map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === people.me ? `${member.name} (me)` : member.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!people.me || ticket.assignee === people.me}
        onClick={() => change({ assignee: people.me })}
      >
        Assign to me
      </button>
      <label>
        Group
        <select
          value={ticket.groupId ?? ''}
          onChange={(event) => change({ groupId: event.currentTarget.value || null })}
        >
          <option value="">No group</option>
          {options(known, ticket.groupId, missingGroupName(people)).map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </label>
      <span role="status">{note}</span>
    </fieldset>
  );
}
