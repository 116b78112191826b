/** The WorkspaceAdminStore port over any Kysely dialect: settings, counts, activity and deleting a workspace. */
import type { ActivityCount, Channel, WorkspaceAdminStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

/** Parents last, so foreign keys hold at every step; tables found only by introspection go first. */
const DELETE_ORDER = [
  'csat_answers',
  'outbox',
  'messages',
  'tickets',
  'sessions',
  'request_log',
  'members',
  'roles',
  'member_groups',
  'integrations',
  'connectors',
  'tokens',
  'conversations',
  'bots',
];

/** The tables of this database (on PostgreSQL: of the store's schema, see schema-introspector.ts). */
const storeTables = (db: Kysely<Database>) => db.introspection.getTables();

/** Every table with a `workspace_id` column, including those later migrations add (escalation, …). */
async function ownedTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await storeTables(db);
  const owned = tables
    .filter((table) => table.columns.some((column) => column.name === 'workspace_id'))
    .map((table) => table.name);
  const extra = owned.filter((name) => !DELETE_ORDER.includes(name)).sort();
  return [...extra, ...DELETE_ORDER.filter((name) => owned.includes(name))];
}

/** Tables whose rows belong to one conversation, children first (as DELETE_ORDER). */
async function conversationTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await storeTables(db);
  const keyed = tables
    .filter((table) => table.name !== 'conversations')
    .filter((table) => table.columns.some((column) => column.name === 'conversation_id'))
    .map((table) => table.name);
  const extra = keyed.filter((name) => !DELETE_ORDER.includes(name)).sort();
  return [...extra, ...DELETE_ORDER.filter((name) => keyed.includes(name))];
}

/** Workspace administration over the given database. */
export function createSqlWorkspaceAdminPart(db: Kysely<Database>): WorkspaceAdminStore {
  // Table names come from introspection, never from a caller, so `sql.table` is safe here.
  const anyDb = db as unknown as Kysely<Record<string, { workspace_id: string }>>;
  return {
    async updateWorkspace(workspace) {
      const result = await db
        .updateTable('workspaces')
        .set({
          name: workspace.name,
          ...(workspace.logRetentionDays !== undefined
            ? { log_retention_days: workspace.logRetentionDays }
            : {}),
          ...(workspace.defaultRules !== undefined
            ? { default_rules: JSON.stringify(workspace.defaultRules) }
            : {}),
        })
        .where('id', '=', workspace.id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async countWorkspace(id) {
      const counts: Record<string, number> = {};
      for (const table of await ownedTables(db)) {
        const row = await anyDb
          .selectFrom(table)
          .select((select) => select.fn.countAll<number>().as('count'))
          .where('workspace_id', '=', id)
          .executeTakeFirst();
        counts[table] = Number(row?.count ?? 0);
      }
      return counts;
    },
    async countBot(workspaceId, botId) {
      const conversationIds = db
        .selectFrom('conversations')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('bot_id', '=', botId);
      const counts: Record<string, number> = {};
      const anyConversationDb = db as unknown as Kysely<Record<string, { conversation_id: string }>>;
      for (const table of ['conversations', ...(await conversationTables(db))]) {
        const query =
          table === 'conversations'
            ? anyDb
                .selectFrom(table)
                .where('workspace_id', '=', workspaceId)
                .where(sql.ref('bot_id'), '=', botId)
            : anyConversationDb.selectFrom(table).where('conversation_id', 'in', conversationIds);
        const row = await query
          .select((select) => select.fn.countAll<number>().as('count'))
          .executeTakeFirst();
        counts[table] = Number(row?.count ?? 0);
      }
      return counts;
    },
    async deleteBotWithData(workspaceId, botId) {
      const tables = await conversationTables(db);
      return db.transaction().execute(async (transaction) => {
        const conversationIds = transaction
          .selectFrom('conversations')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('bot_id', '=', botId);
        const keyed = transaction as unknown as Kysely<Record<string, { conversation_id: string }>>;
        for (const table of tables) {
          await keyed.deleteFrom(table).where('conversation_id', 'in', conversationIds).execute();
        }
        await transaction
          .deleteFrom('sessions')
          .where('workspace_id', '=', workspaceId)
          .where('bot_id', '=', botId)
          .execute();
        await transaction
          .deleteFrom('conversations')
          .where('workspace_id', '=', workspaceId)
          .where('bot_id', '=', botId)
          .execute();
        const result = await transaction
          .deleteFrom('bots')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', botId)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
    async deleteWorkspace(id) {
      const tables = await ownedTables(db);
      return db.transaction().execute(async (transaction) => {
        const exists = await transaction
          .selectFrom('workspaces')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!exists) return false;
        const owned = transaction as unknown as typeof anyDb;
        for (const table of tables) await owned.deleteFrom(table).where('workspace_id', '=', id).execute();
        await transaction.deleteFrom('workspaces').where('id', '=', id).execute();
        return true;
      });
    },
    async countActivity(workspaceId, { from, to, bucketMs }) {
      const bucket = (column: 'conversations.created_at' | 'messages.created_at' | 'tickets.created_at') =>
        sql<number>`cast((${sql.ref(column)} - ${from}) / ${bucketMs} as integer)`;
      const conversations = await db
        .selectFrom('conversations')
        .select(['channel', bucket('conversations.created_at').as('bucket')])
        .select((select) => select.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .groupBy(['channel', 'bucket'])
        .execute();
      const messages = await db
        .selectFrom('messages')
        .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
        .select(['conversations.channel as channel', bucket('messages.created_at').as('bucket')])
        .select((select) => select.fn.countAll<number>().as('count'))
        .where('messages.workspace_id', '=', workspaceId)
        .where('messages.created_at', '>=', from)
        .where('messages.created_at', '<', to)
        .groupBy(['conversations.channel', 'bucket'])
        .execute();
      const tickets = await db
        .selectFrom('tickets')
        .innerJoin('conversations', 'conversations.id', 'tickets.conversation_id')
        .select(['conversations.channel as channel', bucket('tickets.created_at').as('bucket')])
        .select((select) => select.fn.countAll<number>().as('count'))
        .where('tickets.workspace_id', '=', workspaceId)
        .where('tickets.created_at', '>=', from)
        .where('tickets.created_at', '<', to)
        .groupBy(['conversations.channel', 'bucket'])
        .execute();
      const rows = (kind: ActivityCount['kind'], list: typeof conversations): ActivityCount[] =>
        list.map((row) => ({
          kind,
          channel: row.channel as Channel,
          bucket: Number(row.bucket),
          count: Number(row.count),
        }));
      return [
        ...rows('conversations', conversations),
        ...rows('messages', messages),
        ...rows('tickets', tickets),
      ];
    },
  };
}
