/** The bot scopes "Add to Slack" asks for by default: those of the app manifest (adapters/slack/manifest.json). */
export const DEFAULT_BOT_SCOPES = [
  'app_mentions:read',
  'assistant:write',
  'channels:history',
  'chat:write',
  'commands',
  'files:read',
  'groups:history',
  'im:history',
  'reactions:read',
  'reactions:write',
  'users:read',
  'users:read.email',
];
