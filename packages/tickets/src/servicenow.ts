/** ServiceNow Table API: an incident per idempotency key (kept in `correlation_id`, looked up before creating), status read back. */
import { outboundFetch } from '@frontdesk/outbound';
import { basicAuth, type FetchLike, requestJson } from './http.js';
import { idempotencyLabel } from './idempotency-label.js';
import { type AttachmentReader, attachmentIdsOf } from './jira-attachments.js';
import type { RemoteTicketRef, RemoteTicketSystem } from './remote-system.js';
import { failedUploadsNote, uploadToServiceNow } from './servicenow-attachments.js';
import { ticketBody } from './ticket-body.js';

export interface ServiceNowOptions {
  /** e.g. `https://acme.service-now.com`. */
  baseUrl: string;
  username: string;
  password: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Where attachments are read from, to upload them to the new incident; none: not uploaded. */
  files?: AttachmentReader;
  /** Before the second try of a failed upload. Default 1000 ms. */
  uploadRetryDelayMs?: number;
}

/** Frontdesk priority → ServiceNow urgency and impact (1 high, 3 low). */
const LEVELS: Record<string, string> = { urgent: '1', high: '1', medium: '2', low: '3' };

/** Incident `state` values of a stock instance, in Frontdesk's words. */
const STATES: Record<string, string> = {
  '1': 'open',
  '2': 'in progress',
  '3': 'on hold',
  '6': 'resolved',
  '7': 'closed',
  '8': 'closed',
};

interface Incident {
  sys_id: string;
  number: string;
  state?: string;
}

/** Builds the ServiceNow system; the password is used only in the Authorization header. */
export function createServiceNowSystem(options: ServiceNowOptions): RemoteTicketSystem {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: basicAuth(options.username, options.password) };
  const call = (method: string, path: string, body?: unknown) =>
    requestJson(`${base}${path}`, { method, headers, body }, { ...options, system: 'ServiceNow' });
  const ref = (incident: Incident): RemoteTicketRef => ({
    externalId: incident.sys_id,
    url: `${base}/nav_to.do?uri=incident.do?sys_id=${incident.sys_id}`,
    displayId: incident.number,
  });

  /** Best effort: the incident exists; files that cannot go stay in Frontdesk, named in a work note. */
  async function uploadAttachments(sysId: string, files: AttachmentReader, ids: string[]) {
    const outcome = await uploadToServiceNow(
      {
        base,
        headers,
        sysId,
        fetch: options.fetch ?? outboundFetch,
        timeoutMs: options.timeoutMs,
        retryDelayMs: options.uploadRetryDelayMs,
      },
      files,
      ids,
    );
    if (outcome.failed.length === 0) return;
    await call('PATCH', `/api/now/table/incident/${encodeURIComponent(sysId)}`, {
      work_notes: failedUploadsNote(outcome.failed),
    }).catch(() => {});
  }

  return {
    name: 'servicenow',
    async create(ticket, idempotencyKey) {
      const correlationId = idempotencyLabel(idempotencyKey);
      const query = new URLSearchParams({
        sysparm_query: `correlation_id=${correlationId}`,
        sysparm_fields: 'sys_id,number,state',
        sysparm_limit: '1',
      });
      const found = (await call('GET', `/api/now/table/incident?${query}`)) as { result: Incident[] };
      if (found.result[0]) return ref(found.result[0]);
      const level = LEVELS[ticket.priority] ?? '2';
      const created = (await call('POST', '/api/now/table/incident?sysparm_input_display_value=true', {
        short_description: ticket.summary.replace(/\s+/g, ' ').slice(0, 160),
        description: ticketBody(ticket),
        ...(ticket.requester?.email ? { caller_id: ticket.requester.email } : {}),
        urgency: level,
        impact: level,
        correlation_id: correlationId,
        correlation_display: 'Frontdesk',
      })) as { result: Incident };
      const ids = options.files ? attachmentIdsOf(ticket) : [];
      if (options.files && ids.length > 0) {
        await uploadAttachments(created.result.sys_id, options.files, ids);
      }
      return ref(created.result);
    },
    async status(ticket) {
      const found = (await call(
        'GET',
        `/api/now/table/incident/${encodeURIComponent(ticket.externalId)}?sysparm_fields=state`,
      )) as { result: Incident };
      const state = found.result.state;
      return state === undefined ? undefined : (STATES[state] ?? state);
    },
    async check() {
      // An authenticated read of one incident's id: proves the user may read the table it writes to.
      const query = new URLSearchParams({ sysparm_fields: 'sys_id', sysparm_limit: '1' });
      const found = (await call('GET', `/api/now/table/incident?${query}`)) as { result?: unknown[] };
      if (!Array.isArray(found?.result)) throw new Error('ServiceNow answered without a result list.');
      return `Signed in to ServiceNow as ${options.username}; the incident table can be read.`;
    },
  };
}
