/** The in-memory half of the CredentialStore port: integrations and connectors, for unit tests. */
import type { Connector, CredentialStore, Integration } from './credential-store.js';

const copy = <T>(value: T): T => structuredClone(value);

/** Sorted like the SQL store: creation time, then id (binary order). */
function byCreation(left: { createdAt: number; id: string }, right: { createdAt: number; id: string }) {
  return left.createdAt - right.createdAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

function table<T extends { id: string; workspaceId: string; createdAt: number }>(
  requireOpen: () => void,
  requireWorkspace: (workspaceId: string) => void,
) {
  const rows = new Map<string, T>();
  return {
    async save(row: T) {
      requireOpen();
      requireWorkspace(row.workspaceId);
      rows.set(row.id, copy(row));
    },
    async get(workspaceId: string, id: string) {
      requireOpen();
      const row = rows.get(id);
      return row && row.workspaceId === workspaceId ? copy(row) : undefined;
    },
    async list(workspaceId: string) {
      requireOpen();
      return [...rows.values()]
        .filter((row) => row.workspaceId === workspaceId)
        .sort(byCreation)
        .map(copy);
    },
    async find(id: string) {
      requireOpen();
      const row = rows.get(id);
      return row && copy(row);
    },
    async remove(workspaceId: string, id: string) {
      requireOpen();
      if (rows.get(id)?.workspaceId !== workspaceId) return false;
      return rows.delete(id);
    },
  };
}

/** Integrations and connectors kept in maps; a missing workspace fails like a foreign key. */
export function createMemoryCredentialPart(
  requireOpen: () => void,
  requireWorkspace: (workspaceId: string) => void,
): CredentialStore {
  const integrations = table<Integration>(requireOpen, requireWorkspace);
  const connectors = table<Connector>(requireOpen, requireWorkspace);
  return {
    async saveIntegration(integration) {
      // The delivery outcome is not the caller's to write: it stays as recorded.
      const { delivery: _given, ...rest } = integration;
      const delivery = (await integrations.find(integration.id))?.delivery;
      await integrations.save(delivery ? { ...rest, delivery } : rest);
    },
    async recordIntegrationDelivery(workspaceId, id, { at, error }) {
      const integration = await integrations.get(workspaceId, id);
      if (!integration) return;
      const before = integration.delivery ?? { lastDeliveredAt: null, lastError: null, lastErrorAt: null };
      const delivery =
        error === null
          ? { ...before, lastDeliveredAt: at }
          : { ...before, lastError: error, lastErrorAt: at };
      await integrations.save({ ...integration, delivery });
    },
    getIntegration: integrations.get,
    findIntegration: integrations.find,
    listIntegrations: integrations.list,
    deleteIntegration: integrations.remove,
    saveConnector: connectors.save,
    getConnector: connectors.get,
    listConnectors: connectors.list,
    deleteConnector: connectors.remove,
  };
}
