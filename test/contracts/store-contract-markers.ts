/** Store contract, part four: markers, set-if-absent keys that expire. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { T0 } from './store-fixtures.js';

const marker = (key: string, expiresAt: number, value = 'v') => ({ key, value, expiresAt });

export function describeMarkerContract(getStore: () => Store): void {
  describe('markers', () => {
    it('lets a key be claimed once', async () => {
      const store = getStore();
      expect(await store.claimMarker(marker('slack:Ev1', T0 + 1000, 'first'), T0)).toBe(true);
      expect(await store.claimMarker(marker('slack:Ev1', T0 + 1000, 'second'), T0 + 1)).toBe(false);
      expect(await store.getMarker('slack:Ev1', T0 + 2)).toEqual(marker('slack:Ev1', T0 + 1000, 'first'));
    });

    it('lets exactly one of several concurrent claims win', async () => {
      const store = getStore();
      const claims = [1, 2, 3, 4].map((attempt) =>
        store.claimMarker(marker('race', T0 + 1000, `claim-${attempt}`), T0),
      );
      const won = (await Promise.all(claims)).filter(Boolean);
      expect(won).toHaveLength(1);
    });

    it('lets an expired key be claimed again', async () => {
      const store = getStore();
      await store.claimMarker(marker('dedupe', T0 + 100, 'old'), T0);
      expect(await store.claimMarker(marker('dedupe', T0 + 300, 'new'), T0 + 100)).toBe(true);
      expect(await store.getMarker('dedupe', T0 + 150)).toEqual(marker('dedupe', T0 + 300, 'new'));
    });

    it('hides a marker once it has expired', async () => {
      const store = getStore();
      await store.putMarker(marker('short', T0 + 100));
      expect(await store.getMarker('short', T0 + 99)).toEqual(marker('short', T0 + 100));
      expect(await store.getMarker('short', T0 + 100)).toBeUndefined();
      expect(await store.getMarker('never-set', T0)).toBeUndefined();
    });

    it('overwrites value and expiry on put', async () => {
      const store = getStore();
      await store.putMarker(marker('response', T0 + 100, 'pending'));
      await store.putMarker(marker('response', T0 + 500, 'done'));
      expect(await store.getMarker('response', T0 + 200)).toEqual(marker('response', T0 + 500, 'done'));
    });

    it('forgets a deleted marker, so its key can be claimed again', async () => {
      const store = getStore();
      await store.claimMarker(marker('lock', T0 + 1000), T0);
      await store.deleteMarker('lock');
      expect(await store.getMarker('lock', T0)).toBeUndefined();
      expect(await store.claimMarker(marker('lock', T0 + 1000), T0)).toBe(true);
      await expect(store.deleteMarker('never-set')).resolves.toBeUndefined();
    });

    it('purges expired markers, counts them and keeps live ones', async () => {
      const store = getStore();
      await store.putMarker(marker('a', T0 + 10));
      await store.putMarker(marker('b', T0 + 20));
      await store.putMarker(marker('c', T0 + 30));
      expect(await store.purgeExpiredMarkers(T0 + 20)).toBe(2);
      expect(await store.purgeExpiredMarkers(T0 + 20)).toBe(0);
      expect(await store.getMarker('c', T0 + 20)).toEqual(marker('c', T0 + 30));
    });
  });
}
