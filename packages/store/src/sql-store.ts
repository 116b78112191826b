/** The whole Store port over a Kysely instance; knows no dialect, so SQLite and PostgreSQL share it. */
import type { Store } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { createSqlAccountSecretPart } from './sql-account-secret-store.js';
import { createSqlAnalyticsPart } from './sql-analytics-store.js';
import { createSqlChannelPart } from './sql-channel-store.js';
import { createSqlConversationPart } from './sql-conversation-store.js';
import { createSqlCredentialPart } from './sql-credential-store.js';
import { createSqlDeskPart } from './sql-desk-store.js';
import { createSqlDeskWorkPart } from './sql-desk-work-store.js';
import { createSqlFactPart } from './sql-fact-store.js';
import { createSqlMarkerPart } from './sql-marker-store.js';
import { createSqlMemberPart } from './sql-member-store.js';
import { createSqlOutboxPart } from './sql-outbox-store.js';
import { createSqlRequestLogPart } from './sql-request-log-store.js';
import { createSqlSessionPart } from './sql-session-store.js';
import { createSqlTicketIntentPart } from './sql-ticket-intent.js';
import { createSqlTicketPart } from './sql-ticket-store.js';
import { createSqlUploadPart } from './sql-upload-store.js';
import { createSqlWorkspaceAdminPart } from './sql-workspace-admin-store.js';
import { createSqlWorkspaceStore } from './sql-workspace-store.js';

/**
 * A Store over an open, migrated database. `close()` destroys the Kysely instance, which closes
 * the database (for SQLite this checkpoints the WAL).
 */
export function createSqlStore(db: Kysely<Database>): Store {
  let closing: Promise<void> | undefined;

  async function close(): Promise<void> {
    // Let a running transaction finish first (SQLite has one connection; a pool waits for one).
    await db.connection().execute(async () => {});
    await db.destroy();
  }

  return {
    ...createSqlWorkspaceStore(db),
    ...createSqlConversationPart(db),
    ...createSqlTicketPart(db),
    ...createSqlTicketIntentPart(db),
    ...createSqlMarkerPart(db),
    ...createSqlFactPart(db),
    ...createSqlCredentialPart(db),
    ...createSqlOutboxPart(db),
    ...createSqlDeskPart(db),
    ...createSqlDeskWorkPart(db),
    ...createSqlSessionPart(db),
    ...createSqlMemberPart(db),
    ...createSqlRequestLogPart(db),
    ...createSqlWorkspaceAdminPart(db),
    ...createSqlAccountSecretPart(db),
    ...createSqlAnalyticsPart(db),
    ...createSqlChannelPart(db),
    ...createSqlUploadPart(db),

    async ping() {
      await sql`select 1`.execute(db);
    },

    close() {
      closing ??= close();
      return closing;
    },
  };
}
