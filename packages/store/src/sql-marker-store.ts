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
       * One statement, so atomic on both dialects: the row is inserted when the key is free, or
       * taken over when the marker there has expired; a live marker makes the conflict update
       * nothing, so nothing is returned. Of two racing claims exactly one gets a row back
       * (PostgreSQL locks the conflicting row; SQLite has one writer).
       */
      const claimed = await db
        .insertInto('markers')
        .values({ key: marker.key, value: marker.value, expires_at: marker.expiresAt })
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet({ value: marker.value, expires_at: marker.expiresAt })
            .where('markers.expires_at', '<=', now),
        )
        .returning('key')
        .executeTakeFirst();
      return claimed !== undefined;
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
