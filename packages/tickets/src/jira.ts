/** Jira Cloud (REST v3): create an issue once per idempotency key (a label, searched before creating), read its status. */
import type { Ticket } from '@frontdesk/core';
import { outboundFetch } from '@frontdesk/outbound';
import { toAdf } from './adf.js';
import { basicAuth, type FetchLike, requestJson } from './http.js';
import { idempotencyLabel } from './idempotency-label.js';
import { type AttachmentReader, attachmentIdsOf, uploadToJira } from './jira-attachments.js';
import type { RemoteTicketRef, RemoteTicketSystem } from './remote-system.js';
import { ticketBody } from './ticket-body.js';

export interface JiraOptions {
  /** e.g. `https://acme.atlassian.net`. */
  baseUrl: string;
  /** The account the API token belongs to. */
  email: string;
  apiToken: string;
  projectKey: string;
  /** Issue type name, e.g. `Task`; default `Task`. */
  issueType?: string;
  /** Frontdesk priority → Jira priority name; unmapped priorities are left to Jira's default. */
  priorities?: Record<string, string>;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Where visitors' attachments are read from, to upload them to the new issue; none: not uploaded. */
  files?: AttachmentReader;
}

const DEFAULT_PRIORITIES: Record<string, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Highest',
};

/** An issue's status as Jira sends it. */
export interface JiraStatus {
  name?: string;
  statusCategory?: { key?: string };
}

interface JiraIssue {
  id: string;
  key: string;
  fields?: { status?: JiraStatus };
}

/** Jira's status categories in Frontdesk's words, so filters and the CSAT question work alike everywhere. */
const CATEGORIES: Record<string, string> = { new: 'open', indeterminate: 'in progress', done: 'resolved' };

/** A Jira status (from the API or a webhook) in Frontdesk's words: by category, else its name in lower case. */
export function jiraStatus(status: JiraStatus | undefined): string | undefined {
  return CATEGORIES[status?.statusCategory?.key ?? ''] ?? status?.name?.toLowerCase();
}

/** Builds the Jira system; the API token is used only in the Authorization header. */
export function createJiraSystem(options: JiraOptions): RemoteTicketSystem {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: basicAuth(options.email, options.apiToken) };
  const call = (method: string, path: string, body?: unknown) =>
    requestJson(`${base}${path}`, { method, headers, body }, { ...options, system: 'Jira' });
  const ref = (issue: JiraIssue): RemoteTicketRef => ({
    externalId: issue.key,
    url: `${base}/browse/${issue.key}`,
    displayId: issue.key,
  });

  async function findByLabel(label: string): Promise<JiraIssue | undefined> {
    const found = (await call('POST', '/rest/api/3/search/jql', {
      jql: `project = "${options.projectKey}" AND labels = "${label}"`,
      fields: ['status'],
      maxResults: 1,
    })) as { issues?: JiraIssue[] };
    return found.issues?.[0];
  }

  /** The requester's Jira account, when their email is known and Jira has it. */
  async function reporterFor(ticket: Ticket): Promise<string | undefined> {
    const email = ticket.requester?.email;
    if (!email) return undefined;
    const users = (await call('GET', `/rest/api/3/user/search?query=${encodeURIComponent(email)}`)) as {
      accountId?: string;
    }[];
    return users[0]?.accountId;
  }

  return {
    name: 'jira',
    async create(ticket, idempotencyKey) {
      const label = idempotencyLabel(idempotencyKey);
      const existing = await findByLabel(label);
      if (existing) return ref(existing);
      const priority = (options.priorities ?? DEFAULT_PRIORITIES)[ticket.priority];
      const reporter = await reporterFor(ticket);
      const created = (await call('POST', '/rest/api/3/issue', {
        fields: {
          project: { key: options.projectKey },
          issuetype: { name: options.issueType ?? 'Task' },
          summary: ticket.summary.replace(/\s+/g, ' ').slice(0, 250),
          description: toAdf(ticketBody(ticket)),
          labels: ['frontdesk', label, `frontdesk-${ticket.type}`.replace(/\s+/g, '-')],
          ...(priority ? { priority: { name: priority } } : {}),
          ...(reporter ? { reporter: { accountId: reporter } } : {}),
        },
      })) as JiraIssue;
      const ids = options.files ? attachmentIdsOf(ticket) : [];
      if (options.files && ids.length > 0) {
        const fetch = options.fetch ?? outboundFetch;
        await uploadToJira(
          { base, headers, issueKey: created.key, fetch, timeoutMs: options.timeoutMs },
          options.files,
          ids,
        );
      }
      return ref(created);
    },
    async status(ticket) {
      const issue = (await call(
        'GET',
        `/rest/api/3/issue/${encodeURIComponent(ticket.externalId)}?fields=status`,
      )) as JiraIssue;
      return jiraStatus(issue.fields?.status);
    },
    async check() {
      const me = (await call('GET', '/rest/api/3/myself')) as { displayName?: string; emailAddress?: string };
      const project = (await call(
        'GET',
        `/rest/api/3/project/${encodeURIComponent(options.projectKey)}`,
      )) as { key?: string; name?: string };
      const who = me.displayName ?? me.emailAddress ?? options.email;
      return `Signed in to Jira as ${who}; project ${project.key ?? options.projectKey} (${project.name ?? 'no name'}) found.`;
    },
  };
}
