import { describe, expect, it } from 'vitest';
import { roleAllows } from './permissions.js';

describe('roleAllows', () => {
  it('lets owners do everything, and admins everything but changing the workspace itself', () => {
    expect(roleAllows('owner', 'workspaces', 'write')).toBe(true);
    expect(roleAllows('admin', 'workspaces', 'write')).toBe(false);
    expect(roleAllows('admin', 'members', 'write')).toBe(true);
    expect(roleAllows('admin', 'logs', 'read')).toBe(true);
  });

  it('lets staff work tickets and conversations but not change bots, members or tokens', () => {
    expect(roleAllows('staff', 'tickets', 'write')).toBe(true);
    expect(roleAllows('staff', 'conversations', 'write')).toBe(true);
    expect(roleAllows('staff', 'bots', 'read')).toBe(true);
    expect(roleAllows('staff', 'bots', 'write')).toBe(false);
    expect(roleAllows('staff', 'members', 'write')).toBe(false);
    expect(roleAllows('staff', 'tokens', 'read')).toBe(false);
  });

  it('lets viewers read but never write', () => {
    expect(roleAllows('viewer', 'tickets', 'read')).toBe(true);
    for (const resource of ['tickets', 'bots', 'conversations', 'sessions'] as const) {
      expect(roleAllows('viewer', resource, 'write')).toBe(false);
    }
  });
});
