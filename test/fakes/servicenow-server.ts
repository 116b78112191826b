// A fake ServiceNow on 127.0.0.1: Table API incident create (checks fields), query by correlation_id,
// read state, work notes; Attachment API uploads (raw body), with failures on demand.
import type { ServerResponse } from 'node:http';
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

export interface FakeIncident {
  sys_id: string;
  number: string;
  state: string;
  [field: string]: unknown;
}

/** A file stored with `POST /api/now/attachment/file`. */
export interface FakeSnAttachment {
  sysId: string;
  tableName: string;
  tableSysId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface FakeServiceNow extends HttpFake {
  incidents: FakeIncident[];
  attachments: FakeSnAttachment[];
  created(): number;
  setState(sysId: string, state: string): void;
  /** The next `count` uploads answer `status` (e.g. 500, or 413 for a file too large). */
  failUploads(count: number, status: number): void;
}

export const SERVICENOW_CREDENTIALS = { username: 'frontdesk', password: 'sn-password' };
const AUTH = `Basic ${Buffer.from('frontdesk:sn-password').toString('base64')}`;

export async function startFakeServiceNow(): Promise<FakeServiceNow> {
  const incidents: FakeIncident[] = [];
  const attachments: FakeSnAttachment[] = [];
  const failing = { count: 0, status: 500 };
  let created = 0;
  const fake = await startHttpFake((request: RecordedRequest, response) => {
    if (request.headers.authorization !== AUTH)
      return sendJson(response, 401, { error: { message: 'User Not Authenticated' }, status: 'failure' });
    const url = new URL(request.path, 'http://fake');
    if (request.method === 'POST' && url.pathname === '/api/now/table/incident') {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const problems = [
        typeof body.short_description !== 'string' || !body.short_description ? 'short_description' : '',
        ['1', '2', '3'].includes(String(body.urgency)) ? '' : 'urgency',
        ['1', '2', '3'].includes(String(body.impact)) ? '' : 'impact',
        typeof body.correlation_id === 'string' && body.correlation_id.length <= 100 ? '' : 'correlation_id',
      ].filter(Boolean);
      if (problems.length)
        return sendJson(response, 400, { error: { message: `Invalid ${problems.join(', ')}` } });
      created += 1;
      const incident = {
        ...body,
        sys_id: `sys${String(created).padStart(29, '0')}`,
        number: `INC${String(created).padStart(7, '0')}`,
        state: '1',
      };
      incidents.push(incident);
      return sendJson(response, 201, { result: incident });
    }
    if (request.method === 'GET' && url.pathname === '/api/now/table/incident') {
      const query = url.searchParams.get('sysparm_query') ?? '';
      const correlation = /^correlation_id=(.+)$/.exec(query)?.[1];
      const found = incidents.filter((incident) => correlation && incident.correlation_id === correlation);
      return sendJson(response, 200, {
        result: found.slice(0, Number(url.searchParams.get('sysparm_limit') ?? 100)),
      });
    }
    if (request.method === 'POST' && url.pathname === '/api/now/attachment/file') {
      return upload(request, url, response);
    }
    const one = /^\/api\/now\/table\/incident\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'PATCH' && one) {
      const incident = incidents.find((item) => item.sys_id === one[1]);
      if (!incident) return sendJson(response, 404, { error: { message: 'No Record found' } });
      const note = (request.body as { work_notes?: unknown } | undefined)?.work_notes;
      // Work notes are a journal: each write adds an entry.
      if (typeof note === 'string')
        incident.work_notes = [...((incident.work_notes as string[]) ?? []), note];
      return sendJson(response, 200, { result: incident });
    }
    if (request.method === 'GET' && one) {
      const incident = incidents.find((item) => item.sys_id === one[1]);
      if (!incident) return sendJson(response, 404, { error: { message: 'No Record found' } });
      return sendJson(response, 200, { result: { state: incident.state } });
    }
    sendJson(response, 404, { error: { message: 'No such route in the fake' } });
  });
  /** The Attachment API's checks: a known record, a file name, a content type and a body. */
  function upload(request: RecordedRequest, url: URL, response: ServerResponse) {
    const tableName = url.searchParams.get('table_name') ?? '';
    const tableSysId = url.searchParams.get('table_sys_id') ?? '';
    const fileName = url.searchParams.get('file_name') ?? '';
    const contentType = request.headers['content-type'] ?? '';
    if (!tableName || !tableSysId || !fileName || !contentType || request.raw.length === 0) {
      return sendJson(response, 400, {
        error: { message: 'Missing table_name, table_sys_id, file_name, Content-Type or body' },
      });
    }
    if (failing.count > 0) {
      failing.count -= 1;
      return sendJson(response, failing.status, { error: { message: 'scripted failure' } });
    }
    if (tableName !== 'incident' || !incidents.some((incident) => incident.sys_id === tableSysId)) {
      return sendJson(response, 400, { error: { message: 'Invalid table or sys_id' } });
    }
    const sysId = `att${String(attachments.length + 1).padStart(29, '0')}`;
    attachments.push({ sysId, tableName, tableSysId, fileName, contentType, content: request.raw });
    return sendJson(response, 201, {
      result: {
        sys_id: sysId,
        file_name: fileName,
        table_name: tableName,
        table_sys_id: tableSysId,
        content_type: contentType,
        size_bytes: String(request.raw.length),
      },
    });
  }
  return {
    ...fake,
    incidents,
    attachments,
    failUploads(count, status) {
      failing.count = count;
      failing.status = status;
    },
    created: () => created,
    setState(sysId, state) {
      const incident = incidents.find((item) => item.sys_id === sysId);
      if (incident) incident.state = state;
    },
  };
}
