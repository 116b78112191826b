/** The WorkspaceStore port over any Kysely dialect: workspaces, bots and tokens. */
import type { WorkspaceStore } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { botFromRow, botToRow, tokenFromRow, tokenToRow, workspaceFromRow } from './rows.js';

/** Workspaces, bots and tokens kept in the given database. */
export function createSqlWorkspaceStore(db: Kysely<Database>): WorkspaceStore {
  return {
    async createWorkspace(workspace) {
      await db
        .insertInto('workspaces')
        .values({
          id: workspace.id,
          name: workspace.name,
          created_at: workspace.createdAt,
          log_retention_days: workspace.logRetentionDays ?? null,
        })
        .execute();
    },

    async getWorkspace(id) {
      const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
      return row && workspaceFromRow(row);
    },

    async listWorkspaces() {
      const rows = await db
        .selectFrom('workspaces')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(workspaceFromRow);
    },

    async saveBot(bot) {
      const row = botToRow(bot);
      await db
        .insertInto('bots')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'id']).doUpdateSet({
            name: row.name,
            enabled: row.enabled,
            agent: row.agent,
            settings: row.settings,
            created_at: row.created_at,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    async getBot(workspaceId, botId) {
      const row = await db
        .selectFrom('bots')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', botId)
        .executeTakeFirst();
      return row && botFromRow(row);
    },

    async deleteBot(workspaceId, botId) {
      return db.transaction().execute(async (transaction) => {
        await transaction
          .deleteFrom('sessions')
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

    async listBots(workspaceId) {
      let query = db.selectFrom('bots').selectAll().orderBy('workspace_id').orderBy('id');
      if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId);
      return (await query.execute()).map(botFromRow);
    },

    async createToken(token) {
      await db.insertInto('tokens').values(tokenToRow(token)).execute();
    },

    async findTokenByHash(hash) {
      const row = await db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row && tokenFromRow(row);
    },

    async listTokens(workspaceId) {
      let query = db.selectFrom('tokens').selectAll().orderBy('created_at').orderBy('id');
      if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId);
      return (await query.execute()).map(tokenFromRow);
    },

    async revokeToken(id, revokedAt) {
      // A second revocation keeps the first time, so the audit trail shows when access ended.
      const result = await db
        .updateTable('tokens')
        .set((expression) => ({
          revoked_at: expression.fn.coalesce('revoked_at', expression.val(revokedAt)),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async touchToken(id, lastUsedAt) {
      await db.updateTable('tokens').set({ last_used_at: lastUsedAt }).where('id', '=', id).execute();
    },
  };
}
