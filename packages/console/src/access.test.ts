// The console's permission checks: write implies read, and the first screen a role may open.
import { describe, expect, it } from 'vitest';
import { allows, homeOf } from './access.js';

const NAV = [
  ['#/tickets', 'tickets:read'],
  ['#/conversations', 'conversations:read'],
  ['#/team', 'members:write'],
] as const;

describe('console access', () => {
  it('write grants read, read does not grant write', () => {
    const granted = new Set(['tickets:write', 'conversations:read']);
    expect(allows(granted, 'tickets:read')).toBe(true);
    expect(allows(granted, 'conversations:read')).toBe(true);
    expect(allows(granted, 'conversations:write')).toBe(false);
    expect(allows(granted, 'members:read')).toBe(false);
  });

  it('home is the first section the role may open, or none', () => {
    const can = (granted: string[]) => (permission: string) => allows(new Set(granted), permission);
    expect(homeOf(NAV, can(['tickets:read', 'members:write']))).toBe('#/tickets');
    expect(homeOf(NAV, can(['conversations:read']))).toBe('#/conversations');
    expect(homeOf(NAV, can(['logs:read']))).toBeUndefined();
  });
});
