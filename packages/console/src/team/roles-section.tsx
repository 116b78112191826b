/** Roles: the built-in roles and what they may do (read-only), and custom roles to create, edit and delete. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { RoleForm } from './role-form.js';
import { describeRole, type PermissionCatalogue, type RoleView } from './role-permissions.js';

const BUILT_IN = ['owner', 'admin', 'staff', 'viewer'];

/** What a role may change and what it may only read, as two short lists. */
function Grants({ resources, permissions }: { resources: string[]; permissions: string[] }) {
  const { reads, writes } = describeRole(resources, permissions);
  return (
    <td data-label="May do">
      <span>
        {writes.length > 0 && <span>Changes {writes.join(', ')}. </span>}
        {reads.length > 0 && <span class="muted">Reads {reads.join(', ')}.</span>}
        {writes.length + reads.length === 0 && <span class="muted">Nothing.</span>}
      </span>
    </td>
  );
}

interface Props {
  catalogue: PermissionCatalogue | undefined;
  roles: RoleView[];
  onChanged(): void;
}

export function RolesSection({ catalogue, roles, onChanged }: Props) {
  const desk = useDesk();
  const [editing, setEditing] = useState<RoleView | 'new'>();
  const [confirming, setConfirming] = useState<string>();
  const [notice, setNotice] = useState<{ error: boolean; text: string }>();
  const resources = catalogue?.resources ?? [];

  async function remove(role: RoleView) {
    setNotice(undefined);
    try {
      await desk.api.call('DELETE', `/v1/roles/${encodeURIComponent(role.id)}`);
      setNotice({ error: false, text: `Deleted the role ${role.name}.` });
      onChanged();
    } catch (failure) {
      setNotice({ error: true, text: desk.explain(failure) });
    }
    setConfirming(undefined);
  }

  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles</h2>
      <div class="table-scroll">
        <table class="cards">
          <caption class="visually-hidden">Roles and what they may do</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">May do</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {catalogue &&
              BUILT_IN.map((name) => (
                <tr key={name}>
                  <th scope="row" data-label="Role">
                    <span>
                      {name} <span class="muted">(built in)</span>
                    </span>
                  </th>
                  <Grants resources={resources} permissions={catalogue.roles[name] ?? []} />
                  <td />
                </tr>
              ))}
            {roles.map((role) => (
              <tr key={role.id}>
                <th scope="row" data-label="Role">
                  {role.name}
                </th>
                <Grants resources={resources} permissions={role.permissions} />
                <td data-label="Actions">
                  {confirming === role.id ? (
                    <span class="confirm row-actions">
                      <button type="button" class="danger" onClick={() => remove(role)}>
                        Yes, delete {role.name}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(undefined)}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <span class="row-actions">
                      <button type="button" aria-label={`Edit ${role.name}`} onClick={() => setEditing(role)}>
                        Edit
                      </button>{' '}
                      <button
                        type="button"
                        class="danger"
                        aria-label={`Delete ${role.name}`}
                        onClick={() => setConfirming(role.id)}
                      >
                        Delete
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'muted'}>
          {notice.text}
        </p>
      )}
      {editing && catalogue ? (
        <RoleForm
          key={editing === 'new' ? 'new' : editing.id}
          resources={resources}
          {...(editing === 'new' ? {} : { role: editing })}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            setNotice({ error: false, text: `Saved the role ${saved.name}.` });
            onChanged();
          }}
        />
      ) : (
        <p>
          <button type="button" onClick={() => setEditing('new')} disabled={!catalogue}>
            New role
          </button>
        </p>
      )}
    </section>
  );
}
