/** Ticket integrations as `/v1/integrations` answers them, and the settings each kind asks for. */

export type TicketKind = 'jira' | 'servicenow' | 'webhook';

export interface IntegrationRow {
  id: string;
  kind: string;
  name: string;
  status: 'active' | 'inactive';
  data: Record<string, unknown>;
  /** A mask when a secret is stored, else null; the secret itself never comes back. */
  secret: string | null;
  delivery: { last_delivered_at: string | null; last_error: string | null; last_error_at: string | null };
}

export interface CheckResult {
  ok: boolean;
  message: string;
  checkedAt: string;
}

/** A bot as the integrations screen needs it: which integration its tickets go to. */
export interface BotTickets {
  id: string;
  name: string;
  settings: { ticketPolicy?: { integrationId?: string } };
}

export interface Field {
  key: string;
  label: string;
  type: 'url' | 'email' | 'text';
  optional?: boolean;
}

export const KIND_NAMES: Record<TicketKind, string> = {
  jira: 'Jira',
  servicenow: 'ServiceNow',
  webhook: 'Webhook',
};

export const FIELDS: Record<TicketKind, Field[]> = {
  jira: [
    { key: 'baseUrl', label: 'Jira site URL', type: 'url' },
    { key: 'email', label: 'Account e-mail', type: 'email' },
    { key: 'projectKey', label: 'Project key', type: 'text' },
    { key: 'issueType', label: 'Issue type (default Task)', type: 'text', optional: true },
  ],
  servicenow: [
    { key: 'baseUrl', label: 'Instance URL', type: 'url' },
    { key: 'username', label: 'API user', type: 'text' },
  ],
  webhook: [{ key: 'url', label: 'Webhook URL', type: 'url' }],
};

export const SECRET_LABELS: Record<TicketKind, string> = {
  jira: 'API token',
  servicenow: 'Password',
  webhook: 'Signing secret',
};

export const isTicketKind = (kind: string): kind is TicketKind => kind in KIND_NAMES;

/** Where tickets go, as one line: the URL, and the project for Jira. */
export function destination(row: IntegrationRow): string {
  const where = String(row.data.url ?? row.data.baseUrl ?? '');
  return row.kind === 'jira' && row.data.projectKey ? `${where} · ${row.data.projectKey}` : where;
}
