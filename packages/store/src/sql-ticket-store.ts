/** Tickets over any Kysely dialect; one ticket per idempotency key and workspace. */
import type { ConversationStore } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database, TicketTable } from './database.js';
import { ticketFromRow, ticketToRow } from './rows.js';

export type SqlTicketPart = Pick<
  ConversationStore,
  'insertTicket' | 'getTicket' | 'findTicketByIdempotencyKey' | 'findTicketByExternalId' | 'updateTicket'
>;

/** The ticket part of the ConversationStore port. */
export function createSqlTicketPart(db: Kysely<Database>): SqlTicketPart {
  async function findByKey(workspaceId: string, key: string): Promise<TicketTable | undefined> {
    return db
      .selectFrom('tickets')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
  }

  return {
    async insertTicket(ticket) {
      // Two racing inserts both succeed here and both read back the one row that won.
      await db
        .insertInto('tickets')
        .values(ticketToRow(ticket))
        .onConflict((conflict) => conflict.columns(['workspace_id', 'idempotency_key']).doNothing())
        .execute();
      const stored = await findByKey(ticket.workspaceId, ticket.idempotencyKey);
      if (!stored) throw new Error(`Ticket ${ticket.idempotencyKey} vanished after insert.`);
      return ticketFromRow(stored);
    },

    async getTicket(id) {
      const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
      return row && ticketFromRow(row);
    },

    async findTicketByIdempotencyKey(workspaceId, key) {
      const row = await findByKey(workspaceId, key);
      return row && ticketFromRow(row);
    },

    async findTicketByExternalId(workspaceId, sink, externalId) {
      const row = await db
        .selectFrom('tickets')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('sink', '=', sink)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && ticketFromRow(row);
    },

    async updateTicket(id, changes) {
      const set: Partial<TicketTable> = { updated_at: changes.updatedAt };
      if (changes.status !== undefined) set.status = changes.status;
      if (changes.priority !== undefined) set.priority = changes.priority;
      if (changes.url !== undefined) set.url = changes.url;
      if (changes.externalId !== undefined) set.external_id = changes.externalId;
      if (changes.displayId !== undefined) set.display_id = changes.displayId;
      if (changes.assignee !== undefined) set.assignee = changes.assignee;
      if (changes.groupId !== undefined) set.group_id = changes.groupId;
      await db.updateTable('tickets').set(set).where('id', '=', id).execute();
    },
  };
}
