/** What the signed-in member or token may do in the console: permission checks and their first screen. */

/** True when `permissions` grant `permission` (`tickets:read`…); write implies read. */
export function allows(permissions: ReadonlySet<string>, permission: string): boolean {
  return (
    permissions.has(permission) ||
    (permission.endsWith(':read') && permissions.has(permission.replace(/:read$/, ':write')))
  );
}

/** The first section of the navigation `can` allows (`[href, needs]` pairs), or undefined when none. */
export function homeOf(nav: readonly (readonly [string, string])[], can: (permission: string) => boolean) {
  return nav.find(([, needs]) => can(needs))?.[0];
}
