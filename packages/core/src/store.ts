/** A whole store: the workspace and conversation ports, plus health and lifecycle. */
import type { ConversationStore } from './conversation-store.js';
import type { CredentialStore } from './credential-store.js';
import type { DeskStore } from './desk-store.js';
import type { MemberStore } from './member-store.js';
import type { OutboxStore } from './outbox-store.js';
import type { RequestLogStore } from './request-log-store.js';
import type { SessionStore } from './session-store.js';
import type { WorkspaceAdminStore } from './workspace-admin-store.js';
import type { WorkspaceStore } from './workspace-store.js';

export interface Store
  extends WorkspaceStore,
    ConversationStore,
    CredentialStore,
    OutboxStore,
    DeskStore,
    SessionStore,
    MemberStore,
    RequestLogStore,
    WorkspaceAdminStore {
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  /** Closes connections; pending writes finish first. */
  close(): Promise<void>;
}
