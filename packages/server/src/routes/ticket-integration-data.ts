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
};

export const INTEGRATION_NAMES = {
  openai: 'OpenAI',
  enjo: 'Enjo',
  jira: 'Jira',
  servicenow: 'ServiceNow',
  webhook: 'Webhook',
} as const;
