/** The environment variable behind each setting, what each expects, and which are secrets (never echoed). */
import type { Settings } from './config.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The environment variable behind each setting, so errors name what the operator typed. */
export const SETTING_VARIABLES: Record<keyof Settings, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'FRONTDESK_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  secretKey: 'FRONTDESK_SECRET_KEY',
  bootstrapToken: 'FRONTDESK_BOOTSTRAP_TOKEN',
  trustProxy: 'FRONTDESK_TRUST_PROXY',
  rateLimits: 'FRONTDESK_RATE_LIMITS',
  defaultBot: 'FRONTDESK_DEFAULT_BOT',
  publicUrl: 'FRONTDESK_PUBLIC_URL',
  knowledgeDir: 'FRONTDESK_KNOWLEDGE_DIR',
  openAiApiKey: 'OPENAI_API_KEY',
  openAiBaseUrl: 'OPENAI_BASE_URL',
  embeddingsUrl: 'FRONTDESK_EMBEDDINGS_URL',
  embeddingsModel: 'FRONTDESK_EMBEDDINGS_MODEL',
  embeddingsKey: 'FRONTDESK_EMBEDDINGS_KEY',
  embeddingsMinSimilarity: 'FRONTDESK_EMBEDDINGS_MIN_SIMILARITY',
  slackSigningSecret: 'SLACK_SIGNING_SECRET',
  slackBotToken: 'SLACK_BOT_TOKEN',
  slackAppToken: 'SLACK_APP_TOKEN',
  slackClientId: 'SLACK_CLIENT_ID',
  slackClientSecret: 'SLACK_CLIENT_SECRET',
  slackStateSecret: 'SLACK_STATE_SECRET',
  slackScopes: 'SLACK_SCOPES',
  slackApiUrl: 'SLACK_API_URL',
  slackTicketEmoji: 'SLACK_TICKET_EMOJI',
  microsoftAppId: 'MICROSOFT_APP_ID',
  microsoftAppPassword: 'MICROSOFT_APP_PASSWORD',
  microsoftAppTenantId: 'MICROSOFT_APP_TENANT_ID',
  teamsEmulator: 'FRONTDESK_TEAMS_EMULATOR',
  knowledgeRoot: 'FRONTDESK_KNOWLEDGE_ROOT',
  smtpUrl: 'FRONTDESK_SMTP_URL',
  smtpFrom: 'FRONTDESK_SMTP_FROM',
  oidcIssuer: 'FRONTDESK_OIDC_ISSUER',
  oidcClientId: 'FRONTDESK_OIDC_CLIENT_ID',
  oidcClientSecret: 'FRONTDESK_OIDC_CLIENT_SECRET',
  filesS3Url: 'FRONTDESK_FILES_S3_URL',
  logLevel: 'LOG_LEVEL',
};

/** Names the Microsoft 365 Agents SDK (and botbuilder before it) reads, accepted when ours are unset. */
export const SDK_VARIABLES: Partial<Record<keyof Settings, string[]>> = {
  microsoftAppId: ['MicrosoftAppId', 'connections__serviceConnection__settings__clientId'],
  microsoftAppPassword: ['MicrosoftAppPassword', 'connections__serviceConnection__settings__clientSecret'],
  microsoftAppTenantId: ['MicrosoftAppTenantId', 'connections__serviceConnection__settings__tenantId'],
  smtpUrl: ['SMTP_URL'],
};

/** What each variable expects, in words; secrets are never echoed back. */
export const EXPECTATIONS: Partial<Record<keyof Settings, string>> = {
  port: 'expected an integer between 1 and 65535',
  databaseUrl: 'expected a postgres:// or postgresql:// URL',
  redisUrl: 'expected a redis:// or rediss:// URL',
  secretKey: 'expected at least 32 characters',
  bootstrapToken: 'expected 24 to 512 printable characters without spaces',
  defaultBot: 'expected a bot id: lowercase letters, digits, "-" or "_", at most 64 characters',
  embeddingsMinSimilarity: 'expected a number from 0 to 1',
  publicUrl: 'expected an absolute http:// or https:// URL',
  openAiBaseUrl: 'expected an absolute http:// or https:// URL',
  slackApiUrl: 'expected an absolute http:// or https:// URL',
  slackStateSecret: 'expected at least 16 characters',
  slackAppToken: 'expected an app-level token (xapp-…)',
  slackScopes: 'expected comma-separated scopes such as chat:write,commands',
  slackTicketEmoji: 'expected an emoji name such as ticket or :ticket:',
  smtpUrl: 'expected an smtp:// or smtps:// URL',
  oidcIssuer: 'expected an absolute http:// or https:// URL',
  filesS3Url: 'expected https://KEY:SECRET@host/bucket',
  logLevel: `expected one of ${LOG_LEVELS.join(', ')}`,
  teamsEmulator: 'expected 0 or 1',
};

export const SECRET_SETTINGS = new Set<keyof Settings>([
  'secretKey',
  'bootstrapToken',
  'databaseUrl',
  'redisUrl',
  'openAiApiKey',
  'slackSigningSecret',
  'slackBotToken',
  'slackClientSecret',
  'slackStateSecret',
  'slackAppToken',
  'microsoftAppPassword',
  'smtpUrl',
  'oidcClientSecret',
  'filesS3Url',
]);
