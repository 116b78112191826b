/** Custom roles in the console: permission strings to a per-resource grid and back, and what a role grants in words. */

/** How far a role reaches into one resource. */
export type Level = 'none' | 'read' | 'write';

export interface RoleView {
  id: string;
  name: string;
  permissions: string[];
}

/** `GET /v1/permissions`: the resources and what each built-in role grants. */
export interface PermissionCatalogue {
  resources: string[];
  permissions: string[];
  roles: Record<string, string[]>;
}

/** The grid of a role: each resource's level (write implies read). */
export function levelsOf(
  resources: readonly string[],
  permissions: readonly string[],
): Record<string, Level> {
  const granted = new Set(permissions);
  return Object.fromEntries(
    resources.map((resource) => [
      resource,
      granted.has(`${resource}:write`) ? 'write' : granted.has(`${resource}:read`) ? 'read' : 'none',
    ]),
  );
}

/** The permission strings of a grid, as the API takes them (`tickets:write` says read too). */
export function permissionsOfLevels(levels: Record<string, Level>): string[] {
  return Object.entries(levels)
    .filter(([, level]) => level !== 'none')
    .map(([resource, level]) => `${resource}:${level}`);
}

/** A checkbox changed: write on brings read; read off takes write away too. */
export function toggled(level: Level, access: 'read' | 'write', on: boolean): Level {
  if (access === 'write') return on ? 'write' : level === 'write' ? 'read' : level;
  return on ? (level === 'none' ? 'read' : level) : 'none';
}

/** "tickets, conversations" style lists of what a role may read only and what it may change. */
export function describeRole(resources: readonly string[], permissions: readonly string[]) {
  const levels = levelsOf(resources, permissions);
  const at = (level: Level) => resources.filter((resource) => levels[resource] === level);
  return { reads: at('read'), writes: at('write') };
}

/** Which field of the role form an API error is about (`name: …`, `permissions…`), if any. */
export function roleErrorField(message: string): 'name' | 'permissions' | undefined {
  if (/^name\b/.test(message)) return 'name';
  if (/^permissions\b|^This role\b/.test(message)) return 'permissions';
  return undefined;
}

/** The name to show for a member's role: a built-in role as is, a custom role by its name. */
export function roleLabel(role: string, custom: readonly RoleView[]): string {
  return custom.find((each) => each.id === role)?.name ?? (role.startsWith('role_') ? 'deleted role' : role);
}
