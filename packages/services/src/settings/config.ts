/** Server settings from the environment: a zod schema, its type, and the loader that names bad variables. */
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRateLimitPolicy } from '@frontdesk/core';
import { z } from 'zod';
import {
  EXPECTATIONS,
  LOG_LEVELS,
  SDK_VARIABLES,
  SECRET_SETTINGS,
  SETTING_VARIABLES,
} from './setting-variables.js';

/** The demo knowledge base shipped in the repository; found from this file, so any cwd works. */
const DEMO_KNOWLEDGE_DIR = fileURLToPath(new URL('../../../../examples/knowledge', import.meta.url));

/** Unset and empty both mean "use the default", as in most `.env` files. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** `off`, `loopback`, or addresses, comma-separated; kept as a list where `loopback` is a keyword. */
const trustProxySchema = optionalText.transform((value, context) => {
  if (value === undefined || value.toLowerCase() === 'off') return [];
  const entries = value.split(',').map((entry) => entry.trim().toLowerCase());
  for (const entry of entries) {
    if (entry !== 'loopback' && isIP(entry) === 0) {
      context.addIssue({
        code: 'custom',
        message: `expected "off", "loopback" or comma-separated IP addresses, got "${entry}"`,
      });
      return z.NEVER;
    }
  }
  return entries;
});

const rateLimitsSchema = optionalText.transform((value, context) => {
  try {
    return parseRateLimitPolicy(value ?? '20/60s,10/5s');
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const settingsSchema = z.object({
  /** `PORT`: the TCP port to listen on. Default `3000`. */
  port: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(65535))
      .optional()
      .default(3000),
  ),
  /** `HOST`: the interface to listen on; `0.0.0.0` for every interface. Default `127.0.0.1`. */
  host: optionalText.transform((value) => value ?? '127.0.0.1'),
  /** `FRONTDESK_DATA_DIR`: the SQLite file and generated secrets live here. Default `./data` (from the cwd). */
  dataDir: optionalText.transform((value) => resolve(value ?? './data')),
  /** `DATABASE_URL`: `postgres://…` to use PostgreSQL instead of SQLite (several instances share it). Unset by default. */
  databaseUrl: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
  ),
  /** `REDIS_URL`: the live-event bus and shared rate limits for several instances. Unset by default. */
  redisUrl: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//)
      .optional(),
  ),
  /** `FRONTDESK_REDIS_PREFIX`: the start of every Redis key and channel; deployments sharing one Redis need different ones. Default `frontdesk`. */
  redisPrefix: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .optional()
      .default('frontdesk'),
  ),
  /** `FRONTDESK_SECRET_KEY`: encrypts stored credentials. Unset by default (generated into the data dir). */
  secretKey: optionalText.pipe(z.string().min(32).optional()),
  /** `FRONTDESK_METRICS_TOKEN`: the bearer token Prometheus sends to `GET /metrics`. Unset: `/metrics` is off (404). */
  metricsToken: optionalText.pipe(
    z
      .string()
      .min(24)
      .max(512)
      .regex(/^[\x21-\x7e]+$/)
      .optional(),
  ),
  /** `FRONTDESK_BOOTSTRAP_TOKEN`: on first start, an owner token with exactly this value. Unset by default. */
  bootstrapToken: optionalText.pipe(
    z
      .string()
      .min(24)
      .max(512)
      .regex(/^[\x21-\x7e]+$/)
      .optional(),
  ),
  /** `FRONTDESK_TRUST_PROXY`: proxies whose `X-Forwarded-For` is honoured (`off`, `loopback`, IPs). Default `off`. */
  trustProxy: trustProxySchema,
  /** `FRONTDESK_RATE_LIMITS`: default limits per client, e.g. `20/60s,10/5s`; `off` disables. Default `20/60s,10/5s`. */
  rateLimits: rateLimitsSchema,
  /** `FRONTDESK_DEFAULT_BOT`: the bot that answers when a channel names none. Default `demo`. */
  defaultBot: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
      .optional()
      .default('demo'),
  ),
  /** `FRONTDESK_PUBLIC_URL`: the address people reach the server at, for absolute links. Default `http://HOST:PORT`. */
  publicUrl: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `FRONTDESK_KNOWLEDGE_DIR`: the demo bot's markdown articles. Default: the repository's `examples/knowledge`. */
  knowledgeDir: optionalText.transform((value) =>
    value === undefined ? DEMO_KNOWLEDGE_DIR : resolve(value),
  ),
  /** `OPENAI_API_KEY`: the key for bots of kind `openai` that name no integration. Unset by default. */
  openAiApiKey: optionalText,
  /** `OPENAI_BASE_URL`: any OpenAI-compatible API for those bots, e.g. `http://localhost:11434/v1`. Default OpenAI's. */
  openAiBaseUrl: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `FRONTDESK_EMBEDDINGS_URL`: an OpenAI-compatible embeddings API (e.g. Ollama's `http://127.0.0.1:11434/v1`); with a model, turns on hybrid retrieval. Unset by default. */
  embeddingsUrl: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `FRONTDESK_EMBEDDINGS_MODEL`: the embedding model, e.g. `nomic-embed-text`. Unset by default. */
  embeddingsModel: optionalText,
  /** `FRONTDESK_EMBEDDINGS_KEY`: the API key for the embeddings API, if it needs one. Unset by default. */
  embeddingsKey: optionalText,
  /** `FRONTDESK_EMBEDDINGS_MIN_SIMILARITY`: cosine similarity at which a section matches on its own (model-specific). Default 0.5. */
  embeddingsMinSimilarity: optionalText.pipe(
    z
      .string()
      .regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/)
      .transform(Number)
      .optional()
      .default(0.5),
  ),
  /** `SLACK_SIGNING_SECRET`: with `SLACK_BOT_TOKEN`, enables the Slack app at `POST /slack/events`. Unset by default. */
  slackSigningSecret: optionalText,
  /** `SLACK_BOT_TOKEN`: the Slack bot token (`xoxb-…`). Unset by default. */
  slackBotToken: optionalText,
  /** `SLACK_APP_TOKEN`: an app-level token (`xapp-…`); turns on Socket Mode (no public URL needed). Unset by default. */
  slackAppToken: optionalText.pipe(
    z
      .string()
      .regex(/^xapp-/)
      .optional(),
  ),
  /** `SLACK_CLIENT_ID`: with `SLACK_CLIENT_SECRET`, turns on "Add to Slack" at `GET /slack/install`. Unset by default. */
  slackClientId: optionalText,
  /** `SLACK_CLIENT_SECRET`: the Slack app's client secret. Unset by default. */
  slackClientSecret: optionalText,
  /** `SLACK_STATE_SECRET`: signs the OAuth state. Default derived from FRONTDESK_SECRET_KEY (or the key file). */
  slackStateSecret: optionalText.pipe(z.string().min(16).optional()),
  /** `SLACK_SCOPES`: comma-separated bot scopes asked for at install. Default those of adapters/slack/manifest.json. */
  slackScopes: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z:._]+(,[a-z:._]+)*$/)
      .optional(),
  ),
  /** `SLACK_API_URL`: the Slack Web API base (tests point it at a fake). Default Slack's. */
  slackApiUrl: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `SLACK_TICKET_EMOJI`: the reaction that turns a Slack message into a ticket. Default `ticket`. */
  slackTicketEmoji: optionalText.pipe(
    z
      .string()
      .regex(/^:?[a-z0-9_+'-]+:?$/)
      .optional(),
  ),
  /** `MICROSOFT_APP_ID` (or the SDK's `MicrosoftAppId`): the Azure Bot's app id; answers for the default workspace, every activity JWT-checked. Unset: only the app ids registered through `/v1/teams/registrations` are served. */
  microsoftAppId: optionalText,
  /** `MICROSOFT_APP_PASSWORD` (or `MicrosoftAppPassword`): the app's client secret. Unset by default. */
  microsoftAppPassword: optionalText,
  /** `MICROSOFT_APP_TENANT_ID` (or `MicrosoftAppTenantId`): the tenant of a single-tenant app. Unset by default. */
  microsoftAppTenantId: optionalText,
  /** `MICROSOFT_APP_AUTHORITY`: the Entra authority (https URL with the tenant), e.g. a sovereign cloud's. Default Microsoft's public cloud. */
  microsoftAppAuthority: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  /** `FRONTDESK_TEAMS_EMULATOR`: `1` without MICROSOFT_APP_ID answers unauthenticated local traffic (the Bot Framework Emulator); ignored when NODE_ENV=production. Default off. */
  teamsEmulator: optionalText.pipe(z.enum(['0', '1']).optional()).transform((value) => value === '1'),
  /** `FRONTDESK_KNOWLEDGE_ROOT`: the folder holding one knowledge folder per workspace; a bot's `knowledgeDir` is a name inside `ROOT/<workspaceId>/`. Default `DATA_DIR/knowledge`. */
  knowledgeRoot: optionalText.transform((value) => (value === undefined ? undefined : resolve(value))),
  /** `FRONTDESK_SMTP_URL` (or `SMTP_URL`): `smtp://user:pass@host:587`; staff replies are e-mailed to visitors who left. Unset: no e-mail. */
  smtpUrl: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  /** `FRONTDESK_SMTP_FROM`: the sender of those e-mails. Default `Frontdesk <frontdesk@localhost>`. */
  smtpFrom: optionalText.transform((value) => value ?? 'Frontdesk <frontdesk@localhost>'),
  /** `FRONTDESK_OIDC_ISSUER`: an OpenID Connect provider's issuer URL; the console offers "Sign in with SSO". Unset: no SSO. */
  oidcIssuer: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `FRONTDESK_OIDC_CLIENT_ID` and `FRONTDESK_OIDC_CLIENT_SECRET`: the console's client at that provider. */
  oidcClientId: optionalText,
  oidcClientSecret: optionalText,
  /** `FRONTDESK_FILES_S3_URL`: `https://KEY:SECRET@host/bucket[/prefix][?region=…]` keeps attachments in S3-compatible storage. Unset: DATA_DIR/attachments. */
  filesS3Url: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `FRONTDESK_UPLOAD_RETENTION_HOURS`: widget uploads no sent message carried are deleted after this many hours. Default 24. */
  uploadRetentionHours: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(8760))
      .optional()
      .default(24),
  ),
  /** `LOG_LEVEL`: the pino level. Default `info`. */
  logLevel: optionalText.pipe(z.enum(LOG_LEVELS).optional().default('info')),
});

type ParsedSettings = z.output<typeof settingsSchema>;

/** Validated server settings; `publicUrl` is always set (without a trailing slash). */
export type Settings = Omit<ParsedSettings, 'publicUrl'> & { publicUrl: string };

/** A bad setting; the message is one line naming the variable and what is wrong. */
export class SettingsError extends Error {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'SettingsError';
    this.variable = variable;
  }
}

/** `http://HOST:PORT`, naming `localhost` when listening on every interface. */
export function defaultPublicUrl(host: string, port: number): string {
  // A wildcard address is where we listen, not where anyone can reach us.
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const bracketed = isIP(reachable) === 6 ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}

/**
 * Validates the environment into settings. Throws a SettingsError naming the first bad variable;
 * pure (reads only `env`), so tests pass a plain object.
 */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const input = Object.fromEntries(
    Object.entries(SETTING_VARIABLES).map(([key, variable]) => [
      key,
      env[variable] ?? SDK_VARIABLES[key as keyof Settings]?.map((name) => env[name]).find(Boolean),
    ]),
  );
  const result = settingsSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path[0] as keyof Settings;
    const variable = SETTING_VARIABLES[key];
    const raw = env[variable] ?? '';
    const expectation = issue.code === 'custom' ? issue.message : (EXPECTATIONS[key] ?? issue.message);
    const got = SECRET_SETTINGS.has(key) ? '' : `, got "${raw.replace(/[\r\n]+/g, ' ')}"`;
    throw new SettingsError(variable, `${expectation}${issue.code === 'custom' ? '' : got}`);
  }
  const parsed = result.data;
  // Slack needs a signing secret and a way to get tokens: half a setup is a mistake, not a choice.
  if ((parsed.slackClientId === undefined) !== (parsed.slackClientSecret === undefined)) {
    const missing = parsed.slackClientId === undefined ? 'SLACK_CLIENT_ID' : 'SLACK_CLIENT_SECRET';
    throw new SettingsError(missing, 'required when the other Slack OAuth credential is set');
  }
  const slackTokens = parsed.slackBotToken !== undefined || parsed.slackClientId !== undefined;
  const slackInbound = parsed.slackSigningSecret !== undefined || parsed.slackAppToken !== undefined;
  if (slackInbound !== slackTokens) {
    const missing = slackTokens ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    throw new SettingsError(missing, 'required when the other Slack credential is set');
  }
  const publicUrl = (parsed.publicUrl ?? defaultPublicUrl(parsed.host, parsed.port)).replace(/\/+$/, '');
  return { ...parsed, publicUrl };
}

/** Reads `.env` from `directory` into `process.env` if the file exists; real variables win. */
export function loadEnvFile(directory: string = process.cwd()): void {
  const file = resolve(directory, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
export { SETTING_VARIABLES } from './setting-variables.js';
