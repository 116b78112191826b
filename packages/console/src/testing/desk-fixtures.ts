/** Component tests: sample tickets and a fake desk API that knows a staff token and a viewer token. */
import type { FakeCall } from './fake-desk.js';

export const STAFF_TOKEN = 'fd_staff';
export const VIEWER_TOKEN = 'fd_viewer';

export const XSS_TEXT =
  'Hi <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ' +
  '[click](javascript:window.__pwned=3) see https://example.com/help';

const iso = '2026-11-20T10:00:00.000Z';

export function ticket(id: string, changes: Record<string, unknown> = {}) {
  return {
    id,
    type: 'support',
    status: 'open',
    priority: 'medium',
    description: 'Transcript…',
    createdDate: iso,
    lastModifiedDate: iso,
    summary: `Summary of ${id}`,
    conversationId: `conv_${id}`,
    botId: 'demo',
    channel: 'web',
    sink: 'builtin',
    externalId: id,
    trigger: 'human-request',
    requester: { name: 'Ada', email: 'ada@example.com' },
    assignee: null,
    ...changes,
  };
}

export const MESSAGES = [
  { id: 'm1', role: 'user', text: XSS_TEXT, sources: [], ticketId: null, createdDate: iso },
  {
    id: 'm2',
    role: 'assistant',
    text: 'Open Settings.',
    sources: [
      { type: 'kb', name: 'Reset your password', score: 0.9, url: 'https://docs.example.com/reset' },
      { type: 'kb', name: 'Evil source', score: 0.5, url: 'javascript:alert(1)' },
    ],
    ticketId: 'T-1',
    createdDate: iso,
  },
];

const error = (status: number, message: string) => ({ status, body: { success: false, message } });

/** The desk: `tickets` is the list the fake serves (mutate it between calls to simulate changes). */
export function deskHandlers(tickets: ReturnType<typeof ticket>[]) {
  const paused = new Set<string>();
  return [
    (call: FakeCall) => {
      if (call.token !== STAFF_TOKEN && call.token !== VIEWER_TOKEN) return error(401, 'Invalid token.');
      if (call.token === VIEWER_TOKEN && call.method !== 'GET') return error(403, 'A viewer token may not.');
      return undefined;
    },
    (call: FakeCall) => {
      if (call.path !== '/v1/me') return undefined;
      const staff = call.token === STAFF_TOKEN;
      const permissions = staff
        ? ['conversations:write', 'tickets:write', 'bots:read', 'members:read']
        : ['conversations:read', 'tickets:read', 'bots:read', 'members:read'];
      return { body: { success: true, data: { token: { role: staff ? 'staff' : 'viewer' }, permissions } } };
    },
    (call: FakeCall) => {
      if (call.method !== 'GET' || !call.path.startsWith('/v1/tickets?')) return undefined;
      const params = new URLSearchParams(call.path.split('?')[1]);
      const matching = tickets.filter(
        (item) => !params.get('status') || item.status === params.get('status'),
      );
      const offset = Number(params.get('offset') ?? 0);
      const limit = Number(params.get('limit') ?? 50);
      return {
        body: {
          success: true,
          data: matching.slice(offset, offset + limit),
          paging: { total: matching.length, limit, offset },
        },
      };
    },
    (call: FakeCall) => {
      const id = /^\/v1\/tickets\/([^/?]+)$/.exec(call.path)?.[1];
      const found = tickets.find((item) => item.id === id);
      if (!found) return undefined;
      if (call.method === 'PATCH') {
        Object.assign(found, call.body);
        return { body: { success: true, data: found } };
      }
      return { body: { success: true, data: { ...found, messages: MESSAGES } } };
    },
    (call: FakeCall) => {
      const match = /^\/v1\/(?:tickets|conversations)\/([^/]+)\/replies$/.exec(call.path);
      if (!match || call.method !== 'POST') return undefined;
      const text = (call.body as { text: string }).text;
      const reply = { id: 'm9', role: 'staff', text, sources: [], ticketId: null, createdDate: iso };
      MESSAGES.push(reply);
      return {
        status: 201,
        body: { success: true, data: { ...reply, delivery: { status: 'delivered', error: null } } },
      };
    },
    (call: FakeCall) => {
      const match = /^\/v1\/conversations\/([^/]+)(\/transcript|\/takeover|\/handback)?$/.exec(call.path);
      if (!match) return undefined;
      const id = match[1] as string;
      if (match[2] === '/transcript') return { body: { success: true, data: MESSAGES } };
      if (match[2] === '/takeover') paused.add(id);
      if (match[2] === '/handback') paused.delete(id);
      const conversation = {
        id,
        botId: 'demo',
        channel: 'web',
        requester: null,
        createdDate: iso,
        lastModifiedDate: iso,
      };
      return { body: { success: true, data: { ...conversation, paused: paused.has(id) } } };
    },
  ];
}
