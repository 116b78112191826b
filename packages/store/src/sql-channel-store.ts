/** The ChannelStore port over any Kysely dialect: Slack installations, channel routes, references, ticket origins. */
import {
  type ChannelRoute,
  type ChannelStore,
  type SlackInstallation,
  slackInstallKey,
} from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { createSqlTeamsRegistrationPart } from './sql-teams-registrations.js';

export type SlackInstallationTable = {
  id: string;
  install_key: string;
  workspace_id: string;
  bot_id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  secret: string;
  created_at: number;
  updated_at: number;
};

export type ChannelRouteTable = {
  connection_id: string;
  channel_id: string;
  workspace_id: string;
  bot_id: string;
  updated_at: number;
};

export type ConversationReferenceTable = {
  channel_key: string;
  reference: string;
  gone_status: number | null;
  gone_reason: string | null;
  updated_at: number;
};

export type TicketOriginTable = {
  ticket_id: string;
  channel_id: string;
  message_ts: string;
  status_emoji: string | null;
  updated_at: number;
};

/** The tables of this part, added to the database's own (migration 0030). */
export type ChannelTables = {
  slack_installations: SlackInstallationTable;
  channel_routes: ChannelRouteTable;
  conversation_references: ConversationReferenceTable;
  ticket_origins: TicketOriginTable;
};

function fromRow(row: SlackInstallationTable): SlackInstallation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: row.is_enterprise_install === 1,
    secret: row.secret,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function routeFromRow(row: ChannelRouteTable): ChannelRoute {
  return {
    connectionId: row.connection_id,
    channelId: row.channel_id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    updatedAt: Number(row.updated_at),
  };
}

/** Installations and routes kept in the given database. */
export function createSqlChannelPart(database: Kysely<Database>): ChannelStore {
  const db = database.withTables<ChannelTables>();
  const byKey = (key: string) =>
    db.selectFrom('slack_installations').selectAll().where('install_key', '=', key).executeTakeFirst();

  return {
    ...createSqlTeamsRegistrationPart(database),
    async saveSlackInstallation(installation) {
      const key = slackInstallKey(installation);
      const changes = {
        workspace_id: installation.workspaceId,
        bot_id: installation.botId,
        team_id: installation.teamId,
        enterprise_id: installation.enterpriseId,
        is_enterprise_install: installation.isEnterpriseInstall ? 1 : 0,
        secret: installation.secret,
        updated_at: installation.updatedAt,
      };
      await db
        .insertInto('slack_installations')
        .values({ id: installation.id, install_key: key, created_at: installation.createdAt, ...changes })
        .onConflict((conflict) => conflict.column('install_key').doUpdateSet(changes))
        .execute();
      const stored = await byKey(key);
      if (!stored) throw new Error(`The Slack installation ${key} was not stored.`);
      return fromRow(stored);
    },
    async findSlackInstallation(query) {
      const team = query.teamId && !query.isEnterpriseInstall ? await byKey(`T:${query.teamId}`) : undefined;
      const org = !team && query.enterpriseId ? await byKey(`E:${query.enterpriseId}`) : undefined;
      const found = team ?? org;
      return found ? fromRow(found) : undefined;
    },
    async listSlackInstallations(workspaceId) {
      const rows = await db
        .selectFrom('slack_installations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },
    async deleteSlackInstallation(id) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('channel_routes').where('connection_id', '=', id).execute();
        const result = await trx.deleteFrom('slack_installations').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
    async setChannelRoute(route) {
      const changes = { workspace_id: route.workspaceId, bot_id: route.botId, updated_at: route.updatedAt };
      await db
        .insertInto('channel_routes')
        .values({ connection_id: route.connectionId, channel_id: route.channelId, ...changes })
        .onConflict((conflict) => conflict.columns(['connection_id', 'channel_id']).doUpdateSet(changes))
        .execute();
    },
    async getChannelRoute(connectionId, channelId) {
      const row = await db
        .selectFrom('channel_routes')
        .selectAll()
        .where('connection_id', '=', connectionId)
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return row ? routeFromRow(row) : undefined;
    },
    async listChannelRoutes(workspaceId) {
      const rows = await db
        .selectFrom('channel_routes')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('connection_id')
        .orderBy('channel_id')
        .execute();
      return rows.map(routeFromRow);
    },
    async deleteChannelRoute(workspaceId, connectionId, channelId) {
      const result = await db
        .deleteFrom('channel_routes')
        .where('workspace_id', '=', workspaceId)
        .where('connection_id', '=', connectionId)
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async saveConversationReference(channelKey, reference, updatedAt) {
      const changes = { reference, gone_status: null, gone_reason: null, updated_at: updatedAt };
      await db
        .insertInto('conversation_references')
        .values({ channel_key: channelKey, ...changes })
        .onConflict((conflict) => conflict.column('channel_key').doUpdateSet(changes))
        .execute();
    },
    async getConversationReference(channelKey) {
      const row = await db
        .selectFrom('conversation_references')
        .selectAll()
        .where('channel_key', '=', channelKey)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        channelKey: row.channel_key,
        reference: row.reference,
        goneStatus: row.gone_status === null ? null : Number(row.gone_status),
        goneReason: row.gone_reason,
        updatedAt: Number(row.updated_at),
      };
    },
    async markConversationGone(channelKey, gone) {
      await db
        .updateTable('conversation_references')
        .set({ gone_status: gone.status, gone_reason: gone.reason, updated_at: gone.at })
        .where('channel_key', '=', channelKey)
        .execute();
    },
    async saveTicketOrigin(origin) {
      const changes = {
        channel_id: origin.channelId,
        message_ts: origin.messageTs,
        status_emoji: origin.statusEmoji,
        updated_at: origin.updatedAt,
      };
      await db
        .insertInto('ticket_origins')
        .values({ ticket_id: origin.ticketId, ...changes })
        .onConflict((conflict) => conflict.column('ticket_id').doUpdateSet(changes))
        .execute();
    },
    async getTicketOrigin(ticketId) {
      const row = await db
        .selectFrom('ticket_origins')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ticketId: row.ticket_id,
        channelId: row.channel_id,
        messageTs: row.message_ts,
        statusEmoji: row.status_emoji,
        updatedAt: Number(row.updated_at),
      };
    },
  };
}
