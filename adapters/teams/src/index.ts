/** The public surface of @frontdesk/teams. */

export { type AppPackageInput, buildTeamsAppPackage, teamsAppManifest } from './app-package.js';

export { answerCard, CARD_VERBS, plainText } from './card.js';
export { citationEntity } from './citations.js';
export {
  type ConversationLimiter,
  createConversationLimiter,
  type SendWindow,
  TEAMS_CONVERSATION_LIMITS,
} from './conversation-limiter.js';
export type { DeliveryState } from './delivery.js';
export { ConversationGoneError } from './errors.js';
export { teamsChannelKey } from './keys.js';
export {
  type TeamsAdapterOptions,
  type TeamsLogger,
  type TeamsSettings,
  teamsSettingsSchema,
} from './options.js';
export { createTeamsAdapter, type TeamsAdapter } from './teams-adapter.js';
