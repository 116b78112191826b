import { createMemoryStore } from '@frontdesk/core/testing';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { startPurgeJob } from './purge-job.js';

describe('startPurgeJob', () => {
  it('deletes expired markers on its schedule and keeps live ones', async () => {
    const store = createMemoryStore();
    let now = 1_000;
    await store.putMarker({ key: 'dedupe:old', value: '1', expiresAt: 1_500 });
    await store.putMarker({ key: 'dedupe:live', value: '1', expiresAt: 9_000 });
    const spy = vi.spyOn(store, 'purgeExpiredMarkers');
    const job = startPurgeJob({ store, clock: { now: () => now }, logger: pino({ level: 'silent' }) }, 20);
    expect(spy).not.toHaveBeenCalled();
    now = 2_000;
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    await job.stop();
    expect(await store.getMarker('dedupe:live', now)).toBeDefined();
    expect(await store.purgeExpiredMarkers(now)).toBe(0);
  });
});
