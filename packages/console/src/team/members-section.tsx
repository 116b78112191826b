/** Members: list with roles (built-in and custom), invite by e-mail (a link to copy when no SMTP is set), change role, remove. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDelete } from '../confirm-delete.js';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';
import { CopyButton } from './copy-button.js';
import { RoleOptions } from './role-options.js';
import { type RoleView, roleLabel } from './role-permissions.js';

interface MemberRow {
  id: string;
  email: string;
  name: string;
  role: string;
  status: 'invited' | 'active';
}

interface Invitation {
  email: string;
  link: string;
  emailed: boolean;
}

function InviteForm({ roles, onInvited }: { roles: RoleView[]; onInvited(invitation: Invitation): void }) {
  const desk = useDesk();
  const [email, setEmail, latestEmail] = useField(() => '');
  const [role, setRole, latestRole] = useField(() => 'staff');
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    // The latest values, even when the last input has not been rendered yet.
    const email = latestEmail.current;
    const role = latestRole.current;
    setError('');
    try {
      const created = await desk.api.call<{ data: MemberRow }>('POST', '/v1/members', {
        email: email.trim(),
        role,
      });
      const invited = await desk.api.call<{ data: Invitation }>('POST', '/v1/invitations', {
        memberId: created.data.id,
      });
      setEmail('');
      onInvited(invited.data);
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="row" onSubmit={submit} aria-label="Invite a member">
      <label>
        E-mail
        <input type="email" value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
      </label>
      <label>
        Role
        <select value={role} onChange={(event) => setRole(event.currentTarget.value)}>
          <RoleOptions roles={roles} />
        </select>
      </label>
      <button type="submit">Invite</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}

/** `rolesVersion` changes when the custom roles were loaded again (a deleted role can change members). */
export function MembersSection({ roles, rolesVersion }: { roles: RoleView[]; rolesVersion: unknown }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: MemberRow[] }>('GET', '/v1/members'), [rolesVersion]);
  const [invitation, setInvitation] = useState<Invitation>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  async function act(method: string, member: MemberRow, body: unknown, done: string) {
    try {
      await desk.api.call(method, `/v1/members/${encodeURIComponent(member.id)}`, body);
      setMessage({ error: false, text: done });
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  async function reinvite(member: MemberRow) {
    try {
      const invited = await desk.api.call<{ data: Invitation }>('POST', '/v1/invitations', {
        memberId: member.id,
      });
      setInvitation(invited.data);
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <div class="table-scroll">
        <table class="cards">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {(loaded.data?.data ?? []).map((member) => (
              <tr key={member.id}>
                <td data-label="Member">
                  <span>
                    {member.name} <span class="muted">{member.email}</span>
                  </span>
                </td>
                <td data-label="Role">
                  <select
                    aria-label={`Role of ${member.email}`}
                    value={member.role}
                    onChange={(event) =>
                      act(
                        'PATCH',
                        member,
                        { role: event.currentTarget.value },
                        `${member.email} is now ${roleLabel(event.currentTarget.value, roles)}.`,
                      )
                    }
                  >
                    <RoleOptions roles={roles} current={member.role} />
                  </select>
                </td>
                <td data-label="Status">{member.status}</td>
                <td data-label="Actions" class="actions">
                  <span class="row-actions">
                    <button
                      type="button"
                      onClick={() => reinvite(member)}
                      aria-label={`New link for ${member.email}`}
                    >
                      New link
                    </button>{' '}
                    <ConfirmDelete
                      verb="remove"
                      what={member.email}
                      label={`Remove ${member.email}`}
                      onConfirm={() => act('DELETE', member, undefined, `Removed ${member.email}.`)}
                    >
                      Remove
                    </ConfirmDelete>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {loaded.data && loaded.data.data.length === 0 && (
        <p class="muted">
          No members yet. Invite someone by e-mail below; they get a link to set a password.
        </p>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      <InviteForm
        roles={roles}
        onInvited={(invited) => {
          setInvitation(invited);
          loaded.reload();
        }}
      />
      {invitation && (
        <section class="invitation" aria-label="Invitation link">
          <p>
            {invitation.emailed
              ? `E-mailed a sign-in link to ${invitation.email}. You can also hand it over yourself:`
              : `No e-mail is set up on this server: send ${invitation.email} this link (it works once, for 7 days).`}
          </p>
          <input
            readOnly
            aria-label="Invitation link"
            value={invitation.link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton text={invitation.link} label="Copy link" />
        </section>
      )}
    </section>
  );
}
