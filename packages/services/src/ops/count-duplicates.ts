/**
 * Counts platform retries the dedupe markers turned away, wherever they are claimed: the core's
 * per-message marker (every channel) and the Slack adapter's event-id marker (a retry it drops
 * before the core sees it).
 */
import type { Store } from '@frontdesk/core';
import type { Metrics } from './metrics.js';

/** The channel a refused marker key stands for, or undefined for markers that are not retries. */
export function retryChannelOf(key: string): string | undefined {
  const message = /^dedupe:[^:]+:([^:]+):/.exec(key);
  if (message) return message[1];
  if (key.startsWith('slack:event:')) return 'slack';
  return undefined;
}

/** `store` whose `claimMarker` counts refused retry markers in `frontdesk_duplicates_suppressed_total`. */
export function countingDuplicates(store: Store, metrics: Pick<Metrics, 'duplicate'>): Store {
  const claimMarker: Store['claimMarker'] = async (marker, now) => {
    const fresh = await store.claimMarker(marker, now);
    const channel = fresh ? undefined : retryChannelOf(marker.key);
    if (channel) metrics.duplicate(channel, 'platform-retry');
    return fresh;
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'claimMarker') return claimMarker;
      const value = Reflect.get(target, property, receiver);
      // Class-based stores need their methods bound to themselves, not to the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
