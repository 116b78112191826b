/** The marker part of the in-memory Store: set-if-absent keys that expire at `expiresAt`. */
import type { ConversationStore, Marker } from './conversation-store.js';

export type MemoryMarkerPart = Pick<
  ConversationStore,
  'claimMarker' | 'getMarker' | 'putMarker' | 'deleteMarker' | 'purgeExpiredMarkers'
>;

/** A marker counts as expired once `expiresAt <= now`, as in the SQL store. */
const isLive = (marker: Marker | undefined, now: number): marker is Marker =>
  marker !== undefined && marker.expiresAt > now;

/** Markers kept in a Map; `requireOpen` throws once the owning store is closed. */
export function createMemoryMarkerPart(requireOpen: () => void): MemoryMarkerPart {
  const markers = new Map<string, Marker>();

  return {
    async claimMarker(marker, now) {
      requireOpen();
      if (isLive(markers.get(marker.key), now)) return false;
      markers.set(marker.key, structuredClone(marker));
      return true;
    },
    async getMarker(key, now) {
      requireOpen();
      const marker = markers.get(key);
      return isLive(marker, now) ? structuredClone(marker) : undefined;
    },
    async putMarker(marker) {
      requireOpen();
      markers.set(marker.key, structuredClone(marker));
    },
    async deleteMarker(key) {
      requireOpen();
      markers.delete(key);
    },
    async purgeExpiredMarkers(now) {
      requireOpen();
      let purged = 0;
      for (const [key, marker] of markers) {
        if (!isLive(marker, now)) {
          markers.delete(key);
          purged += 1;
        }
      }
      return purged;
    },
  };
}
