// A fake Enjo agent API: `POST /v1/bots/{id}/message` with the seed's 200/400/401/404/429/500 answers.
import { type HttpFake, sendJson, startHttpFake } from './http-fake.js';

export const ENJO_TOKEN = 'enjo-pat-secret-777';

/** What the next request gets: the normal answer, or one of the seed's errors. */
export type EnjoPlan = 'answer' | 'ticket' | 'seed-ticket' | 'capital-ticket' | 400 | 401 | 404 | 429 | 500;

/** The seed's ticketDetails example as it prints it (every key lower case). */
export const SEED_TICKET = {
  url: 'https://ticket-system.com/ticket/123456',
  attributes: { type: 'Case', url: '/services/data/v1.0/sobjects/Case/123456' },
  id: '123456',
  casenumber: '00012345',
  suppliedname: "User's Name",
  suppliedemail: 'user@example.com',
  suppliedphone: '123-456-7890',
  suppliedcompany: 'Company Name',
  type: 'Type of issue',
  status: 'open',
  priority: 'high',
  description: 'Detailed description of the issue or ticket',
  createddate: '2024-10-10T12:00:00.000Z',
  lastmodifieddate: '2024-10-10T12:00:00.000Z',
};

/** The same keys capitalised, as some upstreams send them. */
const capitalised = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key[0]!.toUpperCase() + key.slice(1),
      typeof inner === 'object' && inner !== null ? capitalised(inner as Record<string, unknown>) : inner,
    ]),
  );

export interface FakeEnjo extends HttpFake {
  /** Answers, consumed one per request; when empty every request gets `answer`. */
  plans: EnjoPlan[];
  /** `Retry-After` sent with 429s, in seconds. */
  retryAfter: string;
  /** Forgets every conversation, as a remote whose conversations expired would. */
  forget(): void;
}

const ERRORS: Record<number, { code: string; error: string }> = {
  400: { code: 'invalid_request_error', error: 'botId not found' },
  401: { code: 'authentication_error', error: 'authentication error' },
  404: { code: 'not_found', error: 'not found' },
  429: { code: 'rate_limit_error', error: 'rate limit exceeded' },
  500: { code: 'server_error', error: 'server error' },
};

/** Starts the fake; it knows bot `support-bot` and keeps conversations it created. */
export async function startFakeEnjo(): Promise<FakeEnjo> {
  const conversations = new Set<string>();
  const state = { plans: [] as EnjoPlan[], retryAfter: '0' };
  const fake = await startHttpFake((request, response) => {
    if (request.headers.authorization !== `Bearer ${ENJO_TOKEN}`) return sendJson(response, 401, ERRORS[401]);
    if (request.method !== 'POST' || request.path !== '/v1/bots/support-bot/message') {
      return sendJson(response, request.path.startsWith('/v1/bots/') ? 400 : 404, ERRORS[400]);
    }
    const message = (request.body as { message?: { text?: unknown; conversationId?: unknown } }).message;
    if (typeof message?.text !== 'string' || message.text === '') return sendJson(response, 400, ERRORS[400]);
    const plan = state.plans.shift() ?? 'answer';
    if (typeof plan === 'number') {
      const headers: Record<string, string> = plan === 429 ? { 'Retry-After': state.retryAfter } : {};
      return sendJson(
        response,
        plan,
        { ...ERRORS[plan], message: ERRORS[plan]!.error, status: plan },
        headers,
      );
    }
    let conversationId = typeof message.conversationId === 'string' ? message.conversationId : undefined;
    if (conversationId && !conversations.has(conversationId)) return sendJson(response, 404, ERRORS[404]);
    conversationId ??= `remote-conv-${conversations.size + 1}`;
    conversations.add(conversationId);
    if (plan === 'seed-ticket' || plan === 'capital-ticket') {
      const data = {
        answers: `Remote answer to: ${message.text}`,
        sources: [],
        conversationid: conversationId,
        ticketdetails: SEED_TICKET,
      };
      return sendJson(response, 200, {
        success: true,
        data: plan === 'seed-ticket' ? data : capitalised(data),
      });
    }
    return sendJson(response, 200, {
      success: true,
      data: {
        answers: `Remote answer to: ${message.text}`,
        sources: [
          { type: 'jira', name: 'KB-12 Password resets', score: 0.95, url: 'https://jira.example.com/KB-12' },
        ],
        conversationId,
        ...(plan === 'ticket'
          ? {
              ticketDetails: {
                url: 'https://tickets.example.com/ticket/123456',
                id: '123456',
                type: 'Case',
                status: 'open',
                priority: 'high',
                description: 'Printer on fire',
                createdDate: '2024-10-10T12:00:00.000Z',
                lastModifiedDate: '2024-10-10T12:00:00.000Z',
              },
            }
          : {}),
      },
    });
  });
  return {
    ...fake,
    get plans() {
      return state.plans;
    },
    set plans(value: EnjoPlan[]) {
      state.plans = value;
    },
    get retryAfter() {
      return state.retryAfter;
    },
    set retryAfter(value: string) {
      state.retryAfter = value;
    },
    forget: () => conversations.clear(),
  };
}
