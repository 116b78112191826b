/** Teams registrations over any Kysely dialect (migration 0033), part of the ChannelStore. */
import type { ChannelStore, TeamsRegistration } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export type TeamsRegistrationTable = {
  app_id: string;
  workspace_id: string;
  bot_id: string;
  tenant_id: string | null;
  secret: string | null;
  created_at: number;
  updated_at: number;
};

function fromRow(row: TeamsRegistrationTable): TeamsRegistration {
  return {
    appId: row.app_id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    tenantId: row.tenant_id,
    secret: row.secret,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

type RegistrationPart = Pick<
  ChannelStore,
  | 'saveTeamsRegistration'
  | 'getTeamsRegistration'
  | 'listTeamsRegistrations'
  | 'countTeamsRegistrations'
  | 'deleteTeamsRegistration'
>;

export function createSqlTeamsRegistrationPart(database: Kysely<Database>): RegistrationPart {
  const db = database.withTables<{
    teams_registrations: TeamsRegistrationTable;
    channel_routes: { connection_id: string; workspace_id: string };
  }>();
  return {
    async saveTeamsRegistration(registration) {
      const changes = {
        workspace_id: registration.workspaceId,
        bot_id: registration.botId,
        tenant_id: registration.tenantId,
        secret: registration.secret,
        updated_at: registration.updatedAt,
      };
      await db
        .insertInto('teams_registrations')
        .values({ app_id: registration.appId, created_at: registration.createdAt, ...changes })
        .onConflict((conflict) => conflict.column('app_id').doUpdateSet(changes))
        .execute();
    },
    async getTeamsRegistration(appId) {
      const row = await db
        .selectFrom('teams_registrations')
        .selectAll()
        .where('app_id', '=', appId)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async listTeamsRegistrations(workspaceId) {
      const rows = await db
        .selectFrom('teams_registrations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('app_id')
        .execute();
      return rows.map(fromRow);
    },
    async countTeamsRegistrations() {
      const row = await db
        .selectFrom('teams_registrations')
        .select((eb) => eb.fn.countAll().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async deleteTeamsRegistration(workspaceId, appId) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('teams_registrations')
          .where('app_id', '=', appId)
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        // Its channel routes go with it: the connection they hang off is gone.
        await trx
          .deleteFrom('channel_routes')
          .where('connection_id', '=', appId)
          .where('workspace_id', '=', workspaceId)
          .execute();
        return true;
      });
    },
  };
}
