/** The non-secret settings of ticket-system integrations (Jira, ServiceNow, webhook); the token or password is the secret. */
import { z } from 'zod';

/** Merged into the integration `data` schema; which fields a kind needs is checked when its sink is built. */
export const ticketIntegrationDataShape = {
  /** Jira: the account the API token belongs to. */
  email: z.email().optional(),
  /** Jira: project key, e.g. `SUP`. */
  projectKey: z.string().trim().min(1).max(50).optional(),
  /** Jira: issue type name; default `Task`. */
  issueType: z.string().trim().min(1).max(100).optional(),
  /** ServiceNow: the API user. */
  username: z.string().trim().min(1).max(200).optional(),
  /** Webhook: where tickets are POSTed. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** ServiceNow: how often open incidents are read back, in seconds; default 60. */
  pollIntervalSeconds: z.number().int().min(1).max(86_400).optional(),
};

/** Jira: the shared secret of the Jira webhook (`X-Hub-Signature` or `?secret=`); write-only, sealed like the secret. */
export const callbackSecretSchema = z.string().trim().min(16).max(200).optional();

/** `data` as stored, without the sealed callback secret. */
export function publicData(data: Record<string, unknown>): Record<string, unknown> {
  const { callbackSecret: _sealed, ...rest } = data;
  return rest;
}

export const INTEGRATION_NAMES = {
  openai: 'OpenAI',
  enjo: 'Enjo',
  jira: 'Jira',
  servicenow: 'ServiceNow',
  webhook: 'Webhook',
} as const;
