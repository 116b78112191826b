/** The options of a role select (members, invitations, tokens): built-in roles, then custom roles by name. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import { type RoleView, roleLabel } from './role-permissions.js';

export const BUILT_IN_ROLES = ['staff', 'admin', 'viewer', 'owner'];

/** `current`: a role to keep listed even when it is not known (e.g. a deleted custom role). */
export function RoleOptions({ roles, current }: { roles: RoleView[]; current?: string }) {
  const known = [...BUILT_IN_ROLES, ...roles.map((role) => role.id)];
  const extra = current && !known.includes(current) ? [current] : [];
  return (
    <>
      {[...BUILT_IN_ROLES, ...extra].map((each) => (
        <option key={each} value={each}>
          {roleLabel(each, roles)}
        </option>
      ))}
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          {role.name}
        </option>
      ))}
    </>
  );
}
