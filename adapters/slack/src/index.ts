/** The public surface of @frontdesk/slack. */

export { MAX_BLOCKS, MAX_SECTION_TEXT } from './blocks.js';
export { toMrkdwn } from './mrkdwn.js';
export {
  type SlackAdapterOptions,
  type SlackLogger,
  type SlackSettings,
  slackSettingsSchema,
} from './options.js';
export { DEFAULT_BOT_SCOPES } from './scopes.js';
export { signSlackRequest, verifySlackSignature } from './signature.js';
export { createSlackAdapter, type SlackAdapter } from './slack-adapter.js';
export { statusEmoji } from './ticket-status.js';
