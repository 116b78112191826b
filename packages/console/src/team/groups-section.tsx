/** Groups of members (the desk assigns tickets to them): create, rename, delete, add and remove members. */
import type { GroupView, MemberView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDelete } from '../confirm-delete.js';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';

type Notice = { error: boolean; text: string };

function GroupCard(props: {
  group: GroupView;
  members: MemberView[];
  act(method: string, body: unknown, done: string): Promise<void>;
}) {
  const { group, members, act } = props;
  const [name, setName, latestName] = useField(() => group.name);
  const [adding, setAdding, latestAdding] = useField(() => '');
  const inGroup = members.filter((member) => group.memberIds.includes(member.id));
  const others = members.filter((member) => !group.memberIds.includes(member.id));
  const headingId = `group-${group.id}`;

  return (
    <li class="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.name}</h3>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          void act('PATCH', { name: latestName.current.trim() }, `Renamed to ${latestName.current.trim()}.`);
        }}
      >
        <label>
          Name of {group.name}
          <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">Rename</button>
        <ConfirmDelete
          what={`the group ${group.name}`}
          label={`Delete group ${group.name}`}
          onConfirm={() => act('DELETE', undefined, `Deleted the group ${group.name}.`)}
        >
          Delete group
        </ConfirmDelete>
      </form>
      <ul class="group-members" aria-label={`Members of ${group.name}`}>
        {inGroup.map((member) => (
          <li key={member.id}>
            {member.name || member.email} <span class="muted">{member.email}</span>{' '}
            <button
              type="button"
              aria-label={`Remove ${member.email} from ${group.name}`}
              onClick={() =>
                act(
                  'PATCH',
                  { memberIds: group.memberIds.filter((id) => id !== member.id) },
                  `Removed ${member.email} from ${group.name}.`,
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
        {inGroup.length === 0 && <li class="muted">No members yet.</li>}
      </ul>
      {others.length > 0 && (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            const member = others.find((each) => each.id === (latestAdding.current || others[0]?.id));
            if (!member) return;
            setAdding('');
            void act(
              'PATCH',
              { memberIds: [...group.memberIds, member.id] },
              `Added ${member.email} to ${group.name}.`,
            );
          }}
        >
          <label>
            Add to {group.name}
            <select
              value={adding || others[0]?.id}
              onChange={(event) => setAdding(event.currentTarget.value)}
            >
              {others.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.email}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Add member</button>
        </form>
      )}
    </li>
  );
}

export function GroupsSection() {
  const desk = useDesk();
  const loaded = useLoad(
    () =>
      Promise.all([
        desk.api.call<{ data: GroupView[] }>('GET', '/v1/groups'),
        desk.api.call<{ data: MemberView[] }>('GET', '/v1/members'),
      ]),
    [],
  );
  const groups = loaded.data?.[0].data ?? [];
  const members = loaded.data?.[1].data ?? [];
  const [name, setName, latestName] = useField(() => '');
  const [notice, setNotice] = useState<Notice>();

  async function call(method: string, path: string, body: unknown, done: string) {
    setNotice(undefined);
    try {
      await desk.api.call(method, path, body);
      setNotice({ error: false, text: done });
      loaded.reload();
    } catch (failure) {
      setNotice({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups</h2>
      <p class="muted">Tickets can be assigned to a group; its members see them as theirs.</p>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      <ul class="groups">
        {groups.map((group) => (
          <GroupCard
            key={`${group.id}-${group.updatedAt}`}
            group={group}
            members={members}
            act={(method, body, done) =>
              call(method, `/v1/groups/${encodeURIComponent(group.id)}`, body, done)
            }
          />
        ))}
      </ul>
      {loaded.data && groups.length === 0 && <p class="muted">No groups yet.</p>}
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'muted'}>
          {notice.text}
        </p>
      )}
      <form
        class="row"
        aria-label="Create a group"
        onSubmit={(event) => {
          event.preventDefault();
          const given = latestName.current.trim();
          setName('');
          void call('POST', '/v1/groups', { name: given }, `Created the group ${given}.`);
        }}
      >
        <label>
          New group
          <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">Create group</button>
      </form>
    </section>
  );
}
