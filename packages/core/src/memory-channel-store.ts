/** The in-memory ChannelStore: Slack installations, channel routes, conversation references, ticket origins. */
import {
  type ChannelRoute,
  type ChannelStore,
  type ConversationReferenceRecord,
  type SlackInstallation,
  slackInstallKey,
  type TeamsRegistration,
  type TicketOrigin,
} from './channel-store.js';

const copy = <T>(value: T): T => structuredClone(value);

export function createMemoryChannelPart(
  requireOpen: () => void,
  requireWorkspace: (workspaceId: string) => void,
): ChannelStore {
  const installations = new Map<string, SlackInstallation>();
  const routes = new Map<string, ChannelRoute>();
  const references = new Map<string, ConversationReferenceRecord>();
  const origins = new Map<string, TicketOrigin>();
  const registrations = new Map<string, TeamsRegistration>();
  const routeKey = (connectionId: string, channelId: string) => `${connectionId}\u0000${channelId}`;

  return {
    async saveSlackInstallation(installation) {
      requireOpen();
      requireWorkspace(installation.workspaceId);
      const key = slackInstallKey(installation);
      const existing = installations.get(key);
      const stored = existing
        ? { ...installation, id: existing.id, createdAt: existing.createdAt }
        : installation;
      installations.set(key, copy(stored));
      return copy(stored);
    },
    async findSlackInstallation(query) {
      requireOpen();
      const team =
        query.teamId && !query.isEnterpriseInstall ? installations.get(`T:${query.teamId}`) : undefined;
      const org = query.enterpriseId ? installations.get(`E:${query.enterpriseId}`) : undefined;
      const found = team ?? org;
      return found ? copy(found) : undefined;
    },
    async listChannelRoutes(workspaceId) {
      requireOpen();
      return [...routes.values()]
        .filter((route) => route.workspaceId === workspaceId)
        .sort(
          (a, b) => a.connectionId.localeCompare(b.connectionId) || a.channelId.localeCompare(b.channelId),
        )
        .map(copy);
    },
    async listSlackInstallations(workspaceId) {
      requireOpen();
      return [...installations.values()]
        .filter((installation) => installation.workspaceId === workspaceId)
        .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1))
        .map(copy);
    },
    async deleteSlackInstallation(id) {
      requireOpen();
      const entry = [...installations.entries()].find(([, installation]) => installation.id === id);
      if (!entry) return false;
      installations.delete(entry[0]);
      for (const [key, route] of routes) if (route.connectionId === id) routes.delete(key);
      return true;
    },
    async setChannelRoute(route) {
      requireOpen();
      requireWorkspace(route.workspaceId);
      routes.set(routeKey(route.connectionId, route.channelId), copy(route));
    },
    async deleteChannelRoute(workspaceId, connectionId, channelId) {
      requireOpen();
      const key = routeKey(connectionId, channelId);
      if (routes.get(key)?.workspaceId !== workspaceId) return false;
      return routes.delete(key);
    },
    async getChannelRoute(connectionId, channelId) {
      requireOpen();
      const found = routes.get(routeKey(connectionId, channelId));
      return found ? copy(found) : undefined;
    },
    async saveConversationReference(channelKey, reference, updatedAt) {
      requireOpen();
      references.set(channelKey, { channelKey, reference, goneStatus: null, goneReason: null, updatedAt });
    },
    async getConversationReference(channelKey) {
      requireOpen();
      const found = references.get(channelKey);
      return found ? copy(found) : undefined;
    },
    async markConversationGone(channelKey, gone) {
      requireOpen();
      const found = references.get(channelKey);
      if (found)
        references.set(channelKey, {
          ...found,
          goneStatus: gone.status,
          goneReason: gone.reason,
          updatedAt: gone.at,
        });
    },
    async saveTeamsRegistration(registration) {
      requireOpen();
      requireWorkspace(registration.workspaceId);
      registrations.set(registration.appId, copy(registration));
    },
    async getTeamsRegistration(appId) {
      requireOpen();
      const found = registrations.get(appId);
      return found ? copy(found) : undefined;
    },
    async listTeamsRegistrations(workspaceId) {
      requireOpen();
      return [...registrations.values()]
        .filter((registration) => registration.workspaceId === workspaceId)
        .sort((left, right) => left.createdAt - right.createdAt || (left.appId < right.appId ? -1 : 1))
        .map(copy);
    },
    async countTeamsRegistrations() {
      requireOpen();
      return registrations.size;
    },
    async deleteTeamsRegistration(workspaceId, appId) {
      requireOpen();
      if (registrations.get(appId)?.workspaceId !== workspaceId) return false;
      for (const [key, route] of routes) if (route.connectionId === appId) routes.delete(key);
      return registrations.delete(appId);
    },
    async saveTicketOrigin(origin) {
      requireOpen();
      origins.set(origin.ticketId, copy(origin));
    },
    async getTicketOrigin(ticketId) {
      requireOpen();
      const found = origins.get(ticketId);
      return found ? copy(found) : undefined;
    },
  };
}
