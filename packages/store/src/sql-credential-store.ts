/** The CredentialStore port over any Kysely dialect: integrations and knowledge connectors. */
import type { Connector, CredentialStore, Integration } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { ConnectorTable, Database, IntegrationTable } from './database.js';

type IntegrationWrite = Omit<IntegrationTable, 'last_delivered_at' | 'last_error' | 'last_error_at'>;

function integrationToRow(integration: Integration): IntegrationWrite {
  return {
    id: integration.id,
    workspace_id: integration.workspaceId,
    kind: integration.kind,
    name: integration.name,
    environment: integration.environment,
    status: integration.status,
    data: JSON.stringify(integration.data),
    secret: integration.secret,
    created_at: integration.createdAt,
    updated_at: integration.updatedAt,
  };
}

function integrationFromRow(row: IntegrationTable): Integration {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind as Integration['kind'],
    name: row.name,
    environment: row.environment as Integration['environment'],
    status: row.status as Integration['status'],
    data: JSON.parse(row.data) as Record<string, unknown>,
    secret: row.secret,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.last_delivered_at != null || row.last_error_at != null
      ? {
          delivery: {
            lastDeliveredAt: row.last_delivered_at == null ? null : Number(row.last_delivered_at),
            lastError: row.last_error ?? null,
            lastErrorAt: row.last_error_at == null ? null : Number(row.last_error_at),
          },
        }
      : {}),
  };
}

function connectorToRow(connector: Connector): ConnectorTable {
  return {
    id: connector.id,
    workspace_id: connector.workspaceId,
    name: connector.name,
    description: connector.description,
    url: connector.url,
    excludes: JSON.stringify(connector.excludes),
    active: connector.active ? 1 : 0,
    continue_on_failure: connector.continueOnFailure ? 1 : 0,
    timeout_ms: connector.timeoutMs,
    mcp_tool: connector.mcpTool ?? null,
    auth_kind: connector.authKind,
    auth: JSON.stringify(connector.auth),
    secret: connector.secret,
    created_at: connector.createdAt,
    updated_at: connector.updatedAt,
  };
}

function connectorFromRow(row: ConnectorTable): Connector {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    description: row.description,
    url: row.url,
    excludes: JSON.parse(row.excludes) as string[],
    active: row.active === 1,
    continueOnFailure: row.continue_on_failure === 1,
    timeoutMs: Number(row.timeout_ms),
    ...(row.mcp_tool ? { mcpTool: row.mcp_tool } : {}),
    authKind: row.auth_kind as Connector['authKind'],
    auth: JSON.parse(row.auth) as Record<string, unknown>,
    secret: row.secret,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Integrations and connectors kept in the given database. */
export function createSqlCredentialPart(db: Kysely<Database>): CredentialStore {
  return {
    async saveIntegration(integration) {
      const row = integrationToRow(integration);
      await db
        .insertInto('integrations')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ ...row }))
        .execute();
    },
    async findIntegration(id) {
      const row = await db.selectFrom('integrations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && integrationFromRow(row);
    },
    async getIntegration(workspaceId, id) {
      const row = await db
        .selectFrom('integrations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && integrationFromRow(row);
    },
    async listIntegrations(workspaceId) {
      const rows = await db
        .selectFrom('integrations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(integrationFromRow);
    },
    async deleteIntegration(workspaceId, id) {
      const result = await db
        .deleteFrom('integrations')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async recordIntegrationDelivery(workspaceId, id, { at, error }) {
      await db
        .updateTable('integrations')
        .set(error === null ? { last_delivered_at: at } : { last_error: error, last_error_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },

    async saveConnector(connector) {
      const row = connectorToRow(connector);
      await db
        .insertInto('connectors')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ ...row }))
        .execute();
    },
    async getConnector(workspaceId, id) {
      const row = await db
        .selectFrom('connectors')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && connectorFromRow(row);
    },
    async listConnectors(workspaceId) {
      const rows = await db
        .selectFrom('connectors')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(connectorFromRow);
    },
    async deleteConnector(workspaceId, id) {
      const result = await db
        .deleteFrom('connectors')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
