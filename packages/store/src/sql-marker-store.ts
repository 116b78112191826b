/** Markers (set-if-absent keys with expiry) over any Kysely dialect. */
import type { ConversationStore } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export type SqlMarkerPart = Pick<
  ConversationStore,
  'claimMarker' | 'getMarker' | 'putMarker' | 'deleteMarker' | 'purgeExpiredMarkers'
>;

/** The marker part of the ConversationStore port. A marker counts as expired once `expiresAt <= now`. */
export function createSqlMarkerPart(db: Kysely<Database>): SqlMarkerPart {
  return {
    async claimMarker(marker, now) {
      /*
       * Atomic without a transaction: the delete only removes an expired marker, and the insert
       * is decided by the primary key, so of two racing claims exactly one inserts a row.
       */
      await db.deleteFrom('markers').where('key', '=', marker.key).where('expires_at', '<=', now).execute();
      const result = await db
        .insertInto('markers')
        .values({ key: marker.key, value: marker.value, expires_at: marker.expiresAt })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async getMarker(key, now) {
      const row = await db
        .selectFrom('markers')
        .selectAll()
        .where('key', '=', key)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row && { key: row.key, value: row.value, expiresAt: row.expires_at };
    },

    async putMarker(marker) {
      await db
        .insertInto('markers')
        .values({ key: marker.key, value: marker.value, expires_at: marker.expiresAt })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({ value: marker.value, expires_at: marker.expiresAt }),
        )
        .execute();
    },

    async deleteMarker(key) {
      await db.deleteFrom('markers').where('key', '=', key).execute();
    },

    async purgeExpiredMarkers(now) {
      const result = await db.deleteFrom('markers').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
