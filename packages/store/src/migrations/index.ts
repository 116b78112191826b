/** Every schema version, in order; one file per version, never edited once released. */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as credentials from './0002-credentials.js';
import * as tickets from './0005-tickets.js';
import * as admin from './0006-admin.js';
import * as escalation from './0007-escalation.js';
import * as members from './0008-members.js';
import * as expireSeconds from './0009-expire-seconds.js';
import * as ticketDisplayId from './0010-ticket-display-id.js';
import * as connectorTimeout from './0011-connector-timeout.js';
import * as workspaceDefaultRules from './0012-workspace-default-rules.js';
import * as csatComments from './0020-csat-comments.js';
import * as knowledgeVectors from './0023-knowledge-vectors.js';
import * as mcpConnectors from './0024-mcp-connectors.js';
import * as accountSecrets from './0030-account-secrets.js';
import * as channelConnections from './0031-channel-connections.js';
import * as typedFacts from './0032-typed-facts.js';
import * as channelReferences from './0033-channel-references.js';
import * as teamsRegistrations from './0034-teams-registrations.js';
import * as deskGroupsNotes from './0035-desk-groups-notes.js';
import * as savedFiltersCannedReplies from './0036-saved-filters-canned-replies.js';
import * as uploads from './0037-uploads.js';
import * as analyticsIndexes from './0039-analytics-indexes.js';
import * as integrationDelivery from './0041-integration-delivery.js';
import * as ticketGroupTruth from './0045-ticket-group-truth.js';

/** Migration names sort in the order they run. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-credentials': credentials,
  '0005-tickets': tickets,
  '0006-admin': admin,
  '0007-escalation': escalation,
  '0008-members': members,
  '0009-expire-seconds': expireSeconds,
  '0010-ticket-display-id': ticketDisplayId,
  '0011-connector-timeout': connectorTimeout,
  '0012-workspace-default-rules': workspaceDefaultRules,
  '0020-csat-comments': csatComments,
  '0023-knowledge-vectors': knowledgeVectors,
  '0024-mcp-connectors': mcpConnectors,
  '0030-account-secrets': accountSecrets,
  '0031-channel-connections': channelConnections,
  '0032-typed-facts': typedFacts,
  '0033-channel-references': channelReferences,
  '0034-teams-registrations': teamsRegistrations,
  '0035-desk-groups-notes': deskGroupsNotes,
  '0036-saved-filters-canned-replies': savedFiltersCannedReplies,
  '0037-uploads': uploads,
  '0039-analytics-indexes': analyticsIndexes,
  '0041-integration-delivery': integrationDelivery,
  '0045-ticket-group-truth': ticketGroupTruth,
};

/** Hands Kysely's Migrator the migrations compiled into this package (no folder scanning). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
