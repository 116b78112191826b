/** The team: members, roles, groups and API tokens (owners and admins). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { GroupsSection } from './groups-section.js';
import { MembersSection } from './members-section.js';
import type { PermissionCatalogue, RoleView } from './role-permissions.js';
import { RolesSection } from './roles-section.js';
import { TokensSection } from './tokens-section.js';

export function TeamScreen() {
  const desk = useDesk();
  // The custom roles feed both the roles section and the members' role choice.
  const roles = useLoad(() => desk.api.call<{ data: RoleView[] }>('GET', '/v1/roles'), []);
  const catalogue = useLoad(() => desk.api.call<{ data: PermissionCatalogue }>('GET', '/v1/permissions'), []);
  const custom = roles.data?.data ?? [];
  return (
    <section aria-labelledby="team-heading">
      <h1 id="team-heading">Team</h1>
      <MembersSection roles={custom} rolesVersion={roles.data} />
      <RolesSection catalogue={catalogue.data?.data} roles={custom} onChanged={roles.reload} />
      <GroupsSection />
      {desk.can('tokens:read') && <TokensSection roles={custom} />}
    </section>
  );
}
