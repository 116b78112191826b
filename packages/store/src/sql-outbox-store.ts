/** The outbox over any Kysely dialect: one entry per workspace and key. */
import type { OutboxEntry, OutboxKind, OutboxStatus, OutboxStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { Database, OutboxTable } from './database.js';
import { isPostgres } from './dialect.js';

function fromRow(row: OutboxTable): OutboxEntry {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind as OutboxKind,
    key: row.key,
    conversationId: row.conversation_id,
    payload: row.payload,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The OutboxStore port over `db`. */
export function createSqlOutboxPart(db: Kysely<Database>): OutboxStore {
  const byKey = (workspaceId: string, key: string) =>
    db
      .selectFrom('outbox')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', key)
      .executeTakeFirst();

  return {
    async enqueueOutbox(entry) {
      await db
        .insertInto('outbox')
        .values({
          id: entry.id,
          workspace_id: entry.workspaceId,
          kind: entry.kind,
          key: entry.key,
          conversation_id: entry.conversationId,
          payload: entry.payload,
          status: entry.status,
          attempts: entry.attempts,
          next_attempt_at: entry.nextAttemptAt,
          error: entry.error,
          created_at: entry.createdAt,
          updated_at: entry.updatedAt,
        })
        .onConflict((conflict) => conflict.columns(['workspace_id', 'key']).doNothing())
        .execute();
      const stored = await byKey(entry.workspaceId, entry.key);
      if (!stored) throw new Error(`Outbox entry ${entry.key} vanished after insert.`);
      return fromRow(stored);
    },
    async getOutboxByKey(workspaceId, key) {
      const row = await byKey(workspaceId, key);
      return row && fromRow(row);
    },
    async listDueOutbox(now, limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
    async claimDueOutbox({ now, leaseMs, limit, kind }) {
      let due = db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(Math.max(0, limit));
      if (kind !== undefined) due = due.where('kind', '=', kind);
      // Idle workers poll often: finding nothing due stays a read (on SQLite a write would open
      // a group commit, and PostgreSQL need not lock anything).
      if (!(await due.executeTakeFirst())) return [];
      // PostgreSQL: rows another claimer is taking right now are skipped, not waited for, and a
      // row it took in the meantime is re-checked and no longer due. SQLite has one writer.
      // `= ANY(ARRAY(…))` runs the locking subquery once: as `IN (…)` PostgreSQL may re-run it
      // per row, each run locking the next due row, and so claim every due row whatever the limit.
      const postgres = isPostgres(db);
      if (postgres) due = due.forUpdate().skipLocked();
      const locked = due;
      const rows = await db
        .updateTable('outbox')
        .set({ next_attempt_at: now + leaseMs, updated_at: now })
        .where((eb) => (postgres ? sql<boolean>`id = any(array(${locked}))` : eb('id', 'in', locked)))
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .returningAll()
        .execute();
      return rows
        .map(fromRow)
        .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1));
    },
    async claimOutbox(id, now, leaseMs) {
      // One conditional update: of two claimers the second finds the entry no longer due.
      const row = await db
        .updateTable('outbox')
        .set({ next_attempt_at: now + leaseMs, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .returningAll()
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async updateOutbox(id, changes) {
      const set: Partial<OutboxTable> = { updated_at: changes.updatedAt };
      if (changes.status !== undefined) set.status = changes.status;
      if (changes.attempts !== undefined) set.attempts = changes.attempts;
      if (changes.nextAttemptAt !== undefined) set.next_attempt_at = changes.nextAttemptAt;
      if (changes.error !== undefined) set.error = changes.error;
      if (changes.payload !== undefined) set.payload = changes.payload;
      await db.updateTable('outbox').set(set).where('id', '=', id).execute();
    },
  };
}
