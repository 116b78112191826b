/** The public surface of @frontdesk/tickets. */
export * from './adf.js';
export * from './builtin-sink.js';
export * from './http.js';
export * from './idempotency-label.js';
export * from './jira.js';
export { type AttachmentReader, attachmentIdsOf } from './jira-attachments.js';
export * from './jira-webhook.js';
export type * from './remote-system.js';
export * from './servicenow.js';
export * from './synced-sink.js';
export * from './ticket-body.js';
export * from './webhook.js';
export * from './webhook-signature.js';
