// A fake ServiceNow Table API on 127.0.0.1: incident create (checks fields), query by correlation_id, read state.
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

export interface FakeIncident {
  sys_id: string;
  number: string;
  state: string;
  [field: string]: unknown;
}

export interface FakeServiceNow extends HttpFake {
  incidents: FakeIncident[];
  created(): number;
  setState(sysId: string, state: string): void;
}

export const SERVICENOW_CREDENTIALS = { username: 'frontdesk', password: 'sn-password' };
const AUTH = `Basic ${Buffer.from('frontdesk:sn-password').toString('base64')}`;

export async function startFakeServiceNow(): Promise<FakeServiceNow> {
  const incidents: FakeIncident[] = [];
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
    const one = /^\/api\/now\/table\/incident\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'GET' && one) {
      const incident = incidents.find((item) => item.sys_id === one[1]);
      if (!incident) return sendJson(response, 404, { error: { message: 'No Record found' } });
      return sendJson(response, 200, { result: { state: incident.state } });
    }
    sendJson(response, 404, { error: { message: 'No such route in the fake' } });
  });
  return {
    ...fake,
    incidents,
    created: () => created,
    setState(sysId, state) {
      const incident = incidents.find((item) => item.sys_id === sysId);
      if (incident) incident.state = state;
    },
  };
}
