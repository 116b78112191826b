/** Create or edit a custom role: its name and a grid of permissions (one row per resource, read and write). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { describedBy, FieldError } from '../bots/field-error.js';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import {
  type Level,
  levelsOf,
  permissionsOfLevels,
  type RoleView,
  roleErrorField,
  toggled,
} from './role-permissions.js';

interface Props {
  resources: string[];
  /** The role to edit; a new one when absent. */
  role?: RoleView;
  onSaved(role: RoleView): void;
  onCancel(): void;
}

export function RoleForm({ resources, role, onSaved, onCancel }: Props) {
  const desk = useDesk();
  const [name, setName, latestName] = useField(() => role?.name ?? '');
  const [levels, setLevels] = useState<Record<string, Level>>(() =>
    levelsOf(resources, role?.permissions ?? []),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const title = role ? `Edit ${role.name}` : 'New role';

  async function submit(event: Event) {
    event.preventDefault();
    setErrors({});
    setMessage('');
    const body = { name: latestName.current.trim(), permissions: permissionsOfLevels(levels) };
    try {
      const saved = await desk.api.call<{ data: RoleView }>(
        role ? 'PATCH' : 'POST',
        role ? `/v1/roles/${encodeURIComponent(role.id)}` : '/v1/roles',
        body,
      );
      onSaved(saved.data);
    } catch (failure) {
      const text = desk.explain(failure);
      const field = failure instanceof ApiError ? roleErrorField(failure.message) : undefined;
      if (field) setErrors({ [field]: text.replace(/^name: /, '') });
      else setMessage(text);
    }
  }

  return (
    <form class="role-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <label>
        Role name
        <input
          value={name}
          maxLength={100}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={describedBy('name', errors)}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <FieldError name="name" errors={errors} />
      <div class="table-scroll">
        <table class="permission-grid" aria-describedby={describedBy('permissions', errors)}>
          <caption>What members with this role may do (write includes read)</caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Read</th>
              <th scope="col">Write</th>
            </tr>
          </thead>
          <tbody>
            {resources.map((resource) => (
              <tr key={resource}>
                <th scope="row">{resource}</th>
                {(['read', 'write'] as const).map((access) => (
                  <td key={access}>
                    <input
                      type="checkbox"
                      aria-label={`${access === 'read' ? 'Read' : 'Write'} ${resource}`}
                      checked={access === 'read' ? levels[resource] !== 'none' : levels[resource] === 'write'}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setLevels((now) => ({
                          ...now,
                          [resource]: toggled(now[resource] ?? 'none', access, on),
                        }));
                      }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldError name="permissions" errors={errors} />
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
      <p class="row">
        <button type="submit">{role ? 'Save role' : 'Create role'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
