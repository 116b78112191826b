/** A ticket and its outbox intent in one transaction: after a crash there are both or neither. */
import type { Store } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { createSqlOutboxPart } from './sql-outbox-store.js';
import { createSqlTicketPart } from './sql-ticket-store.js';

export function createSqlTicketIntentPart(db: Kysely<Database>): Pick<Store, 'insertTicketWithIntent'> {
  return {
    insertTicketWithIntent(ticket, intentFor) {
      return db.transaction().execute(async (transaction) => {
        const stored = await createSqlTicketPart(transaction).insertTicket(ticket);
        const entry = await createSqlOutboxPart(transaction).enqueueOutbox(intentFor(stored));
        return { ticket: stored, entry };
      });
    },
  };
}
