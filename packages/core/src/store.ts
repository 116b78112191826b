/** A whole store: the workspace and conversation ports, plus health and lifecycle. */
import type { AccountSecretStore } from './account-secret-store.js';
import type { AnalyticsStore } from './analytics-store.js';
import type { ChannelStore } from './channel-store.js';
import type { ConversationStore } from './conversation-store.js';
import type { CredentialStore } from './credential-store.js';
import type { DeskStore } from './desk-store.js';
import type { DeskWorkStore } from './desk-work-store.js';
import type { FeedbackStore } from './feedback-store.js';
import type { MemberStore } from './member-store.js';
import type { OutboxEntry, OutboxStore } from './outbox-store.js';
import type { Ticket } from './records.js';
import type { RemoteConversationStore } from './remote-conversation-store.js';
import type { RequestLogStore } from './request-log-store.js';
import type { SessionStore } from './session-store.js';
import type { UploadStore } from './upload-store.js';
import type { WorkspaceAdminStore } from './workspace-admin-store.js';
import type { WorkspaceStore } from './workspace-store.js';

export interface Store
  extends WorkspaceStore,
    ConversationStore,
    CredentialStore,
    OutboxStore,
    DeskStore,
    DeskWorkStore,
    SessionStore,
    MemberStore,
    RequestLogStore,
    WorkspaceAdminStore,
    AccountSecretStore,
    ChannelStore,
    FeedbackStore,
    RemoteConversationStore,
    AnalyticsStore,
    UploadStore {
  /**
   * Inserts a ticket (or finds the one with its idempotency key) and its outbox intent in ONE
   * commit, so a crash leaves both or neither: never a ticket that no worker will deliver.
   */
  insertTicketWithIntent(
    ticket: Ticket,
    intentFor: (stored: Ticket) => OutboxEntry,
  ): Promise<{ ticket: Ticket; entry: OutboxEntry }>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  /** Closes connections; pending writes finish first. */
  close(): Promise<void>;
}
