/** The session rules' public surface, re-exported by the core's index. */
export * from './apply-session-rules.js';
export * from './debounce.js';
export * from './decide-session.js';
export * from './effective-rules.js';
export * from './regex-guard.js';
export * from './rules-schema.js';
export * from './session-admin.js';
export * from './skipped-reply.js';
export * from './trigger.js';
