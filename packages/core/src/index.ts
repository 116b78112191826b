/** The public surface of @frontdesk/core. */

export type * from './account-secret-store.js';
export type * from './agent-client.js';
export * from './analytics-store.js';
export * from './bot.js';
export * from './button-labels.js';
export * from './canned-replies.js';
export * from './channel-files.js';
export * from './channel-language.js';
export * from './channel-store.js';
export * from './chat-words.js';
export * from './clock.js';
export * from './conversation-pause.js';
export type * from './conversation-store.js';
export type * from './core.js';
export type * from './credential-store.js';
export * from './csat.js';
export * from './delivery.js';
export type * from './desk-store.js';
export type * from './desk-work-store.js';
export * from './email-ask.js';
export * from './errors.js';
export * from './event-bus.js';
export type * from './feedback-store.js';
export * from './files-for-agent.js';
export * from './fixed-sentences.js';
export * from './handle-incoming.js';
export * from './human-request.js';
export * from './id-source.js';
export * from './idempotency.js';
export type * from './incoming-message.js';
export * from './json-depth.js';
export type * from './member-store.js';
export * from './message-feedback.js';
export * from './outbox-retry.js';
export type * from './outbox-store.js';
export {
  type Access,
  ALL_PERMISSIONS,
  BUILT_IN_ROLES,
  grants,
  isBuiltInRole,
  type Permission,
  permissionsOf,
  RESOURCES,
  type Resource,
  ROLE_PERMISSIONS,
  roleAllows,
} from './permissions.js';
export * from './rate-limiter.js';
export * from './records.js';
export type * from './remote-conversation-store.js';
export * from './reply-actions.js';
export * from './reply-stream.js';
export type * from './request-log-store.js';
export * from './session-rules/index.js';
export type * from './session-store.js';
export * from './single-flight.js';
export * from './staff-message.js';
export type * from './store.js';
export * from './ticket-details.js';
export * from './ticket-policy.js';
export type * from './ticket-sink.js';
export * from './ticket-status-labels.js';
export * from './ticket-updates.js';
export * from './transcript.js';
export type * from './upload-store.js';
export * from './widget-settings.js';
export * from './wire.js';
export type * from './workspace-admin-store.js';
export type * from './workspace-store.js';
