// The permissions grid of a custom role: strings to levels and back, the checkbox rules, and role names.
import { describe, expect, it } from 'vitest';
import {
  describeRole,
  levelsOf,
  permissionsOfLevels,
  roleErrorField,
  roleLabel,
  toggled,
} from './role-permissions.js';

const RESOURCES = ['bots', 'conversations', 'tickets'];

describe('custom role permissions', () => {
  it('reads a role into a grid and writes the smallest set back', () => {
    const levels = levelsOf(RESOURCES, ['tickets:read', 'tickets:write', 'conversations:read']);
    expect(levels).toEqual({ bots: 'none', conversations: 'read', tickets: 'write' });
    expect(permissionsOfLevels(levels)).toEqual(['conversations:read', 'tickets:write']);
  });

  it('write brings read; taking read away takes write too', () => {
    expect(toggled('none', 'write', true)).toBe('write');
    expect(toggled('write', 'write', false)).toBe('read');
    expect(toggled('write', 'read', false)).toBe('none');
    expect(toggled('none', 'read', true)).toBe('read');
    expect(toggled('write', 'read', true)).toBe('write');
  });

  it('says what a role changes and what it only reads', () => {
    expect(describeRole(RESOURCES, ['bots:read', 'tickets:write'])).toEqual({
      reads: ['bots'],
      writes: ['tickets'],
    });
  });

  it('puts API errors next to their field, and names roles', () => {
    expect(roleErrorField('name: Too small: expected string to have >=1 characters')).toBe('name');
    expect(roleErrorField('This role would grant workspaces:write.')).toBe('permissions');
    expect(roleErrorField('Analyst is still the role of a@example.com')).toBeUndefined();
    const custom = [{ id: 'role_1', name: 'Analyst', permissions: [] }];
    expect(roleLabel('role_1', custom)).toBe('Analyst');
    expect(roleLabel('viewer', custom)).toBe('viewer');
    expect(roleLabel('role_gone', custom)).toBe('deleted role');
  });
});
