import type { Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { verifyPassword } from '@frontdesk/services/accounts/passwords';
import { beforeEach, describe, expect, it } from 'vitest';
import { setPasswordCommand } from './cli-password-command.js';

describe('frontdesk member set-password', () => {
  let store: Store;
  let err: string;
  const output = {
    out: () => {},
    err: (text: string) => {
      err += text;
    },
  };

  beforeEach(async () => {
    store = createMemoryStore();
    err = '';
    await store.createWorkspace({ id: 'ws_default', name: 'Default', createdAt: 1 });
  });

  it('makes the first owner from a new e-mail, with a working Argon2id password', async () => {
    expect(
      await setPasswordCommand(store, { email: 'Ana@Example.com' }, 'correct horse battery', output),
    ).toBe(0);
    const [member] = await store.listMembers('ws_default');
    expect(member).toMatchObject({ email: 'ana@example.com', role: 'owner', status: 'active' });
    const [row] = await store.findPasswordsByEmail('ana@example.com');
    expect(row?.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(row!.hash, 'wrong horse battery')).toBe(false);
    expect(err).toContain('Added ana@example.com as owner');
  });

  it('refuses a short password and leaves no member behind', async () => {
    expect(await setPasswordCommand(store, { email: 'ana@example.com' }, 'short', output)).toBe(1);
    expect(err).toContain('The password must be at least 10 characters');
    expect(await store.listMembers('ws_default')).toEqual([]);
  });

  it('changes the password of an existing member and keeps their role', async () => {
    await setPasswordCommand(store, { email: 'bo@example.com', role: 'staff' }, 'first password 1', output);
    expect(await setPasswordCommand(store, { email: 'bo@example.com' }, 'second password 2', output)).toBe(0);
    const [member] = await store.listMembers('ws_default');
    expect(member?.role).toBe('staff');
    const [row] = await store.findPasswordsByEmail('bo@example.com');
    expect(await verifyPassword(row!.hash, 'second password 2')).toBe(true);
  });
});
