import { AuthError, createIdSource, type Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createToken, hashToken, TOKEN_PREFIX, verifyToken } from './tokens.js';

describe('tokens', () => {
  let store: Store;
  let now: number;
  const clock = { now: () => now };
  const ids = createIdSource();

  beforeEach(async () => {
    now = Date.UTC(2026, 0, 1);
    store = createMemoryStore();
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: now });
  });

  async function rejection(promise: Promise<unknown>): Promise<AuthError> {
    const error = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }

  it('creates a prefixed random token that verifies', async () => {
    const { token, record } = await createToken(
      store,
      { workspaceId: 'ws_a', name: 'ci', role: 'admin' },
      { clock, ids },
    );
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(record.prefix).toBe(token.slice(0, 10));
    const verified = await verifyToken(store, `Bearer ${token}`, { clock });
    expect(verified.id).toBe(record.id);
    expect(verified.role).toBe('admin');
  });

  it('keeps only the sha-256 of the token at rest', async () => {
    const { token } = await createToken(
      store,
      { workspaceId: 'ws_a', name: 'ci', role: 'owner' },
      { clock, ids },
    );
    const [stored] = await store.listTokens('ws_a');
    expect(stored?.hash).toBe(hashToken(token));
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token.slice(10));
  });

  it('refuses a revoked token', async () => {
    const { token, record } = await createToken(
      store,
      { workspaceId: 'ws_a', name: 'ci', role: 'owner' },
      { clock, ids },
    );
    await store.revokeToken(record.id, now);
    const error = await rejection(verifyToken(store, `Bearer ${token}`));
    expect(error.code).toBe('authentication_error');
    expect(error.status).toBe(401);
  });

  it('refuses missing, malformed and unknown tokens', async () => {
    await rejection(verifyToken(store, undefined));
    await rejection(verifyToken(store, ''));
    await rejection(verifyToken(store, 'Basic dXNlcjpwYXNz'));
    await rejection(verifyToken(store, 'Bearer '));
    await rejection(verifyToken(store, 'Bearer two words'));
    await rejection(verifyToken(store, `Bearer ${TOKEN_PREFIX}unknown`));
  });

  it('accepts an exact value chosen by the operator', async () => {
    const value = 'my-bootstrap-token-of-some-length';
    const { token } = await createToken(
      store,
      { workspaceId: 'ws_a', name: 'boot', role: 'owner', value },
      { clock, ids },
    );
    expect(token).toBe(value);
    expect((await verifyToken(store, `bearer ${value}`)).name).toBe('boot');
  });

  it('records use at most once a minute per token', async () => {
    const { token, record } = await createToken(
      store,
      { workspaceId: 'ws_a', name: 'ci', role: 'owner' },
      { clock, ids },
    );
    const lastUsed = async () =>
      (await store.listTokens('ws_a')).find((item) => item.id === record.id)?.lastUsedAt;

    await verifyToken(store, `Bearer ${token}`, { clock });
    const first = now;
    expect(await lastUsed()).toBe(first);

    now += 30_000;
    await verifyToken(store, `Bearer ${token}`, { clock });
    expect(await lastUsed()).toBe(first);

    now += 31_000;
    await verifyToken(store, `Bearer ${token}`, { clock });
    expect(await lastUsed()).toBe(now);
  });
});
