/** Jira webhooks: checks the shared secret (`X-Hub-Signature` or `?secret=`) and reads a status change from `jira:issue_updated`. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type JiraStatus, jiraStatus } from './jira.js';

/** Jira admin webhooks with a secret send `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. */
export const JIRA_SIGNATURE_HEADER = 'X-Hub-Signature';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `sha256=` and the hex HMAC of `body` with `secret`, as Jira signs. */
export function signJiraWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * True when the request proves the shared secret: a valid signature header, or (for webhooks
 * registered without signing) the secret in the URL's `secret` query parameter.
 */
export function verifyJiraWebhook(
  secret: string,
  request: { signature: string | null; querySecret: string | null; body: string },
): boolean {
  if (request.signature) return sameText(signJiraWebhook(secret, request.body), request.signature);
  return request.querySecret !== null && sameText(secret, request.querySecret);
}

/** What a Jira webhook says happened to an issue's status. */
export interface JiraStatusChange {
  /** The issue key, e.g. `SUP-12`: the ticket's external id. */
  issueKey: string;
  /** The new status in Frontdesk's words. */
  status: string;
}

interface JiraWebhookBody {
  webhookEvent?: string;
  issue?: { key?: string; fields?: { status?: JiraStatus } };
  changelog?: { items?: { field?: string; fieldId?: string; toString?: string | null }[] };
}

/** The status change in a `jira:issue_updated` body, or undefined for any other event or change. */
export function readJiraStatusChange(payload: unknown): JiraStatusChange | undefined {
  const body = payload as JiraWebhookBody | null;
  if (body?.webhookEvent !== 'jira:issue_updated' || !body.issue?.key) return undefined;
  const change = body.changelog?.items?.find((item) => item.fieldId === 'status' || item.field === 'status');
  if (!change) return undefined;
  const status = jiraStatus(body.issue.fields?.status ?? { name: change.toString ?? undefined });
  return status ? { issueKey: body.issue.key, status } : undefined;
}
