// A fake Bot Connector service on 127.0.0.1: records activities the bot sends, answers member lookups, can fail with 429/403/404.
import { type HttpFake, sendJson, startHttpFake } from './http-fake.js';

export interface SentActivity {
  conversationId: string;
  /** Set when the bot replied to an activity (`/activities/{replyToId}`). */
  replyToId?: string;
  activity: Record<string, unknown> & { type: string; text?: string; entities?: Record<string, unknown>[] };
  authorization?: string;
  at: number;
}

type Failure = { status: 429; retryAfterSeconds?: number } | { status: 403 | 404; code: string };

export interface FakeBotConnector {
  /** The `serviceUrl` to put in activities. */
  url: string;
  sent: SentActivity[];
  /** Sent activities of one type (`message`, `typing`). */
  ofType(type: string): SentActivity[];
  /** The next `times` sends fail this way. */
  failNext(failure: Failure, times?: number): void;
  /** Members returned by `GET /v3/conversations/{id}/members/{userId}`. */
  members: Map<string, Record<string, unknown>>;
  /** Inline images, by id, served at `attachmentUrl(id)` (the `contentUrl` Teams puts in activities). */
  attachments: Map<string, Buffer>;
  attachmentUrl(id: string): string;
  /** The Authorization header of each attachment download (undefined when none was sent). */
  attachmentAuth: (string | undefined)[];
  /** Every send is answered this much later, like a slow connector. */
  delayMs: number;
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const SEND = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;
const MEMBER = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)/;
const ATTACHMENT = /^\/v3\/attachments\/([^/]+)\/views\/original$/;

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const sent: SentActivity[] = [];
  const failures: Failure[] = [];
  const members = new Map<string, Record<string, unknown>>();
  let next = 1;
  const state = { delayMs: 0 };
  const attachments = new Map<string, Buffer>();
  const attachmentAuth: (string | undefined)[] = [];
  const fake: HttpFake = await startHttpFake(async (request, response) => {
    const image = ATTACHMENT.exec(request.path);
    if (request.method === 'GET' && image) {
      const authorization = request.headers.authorization;
      attachmentAuth.push(typeof authorization === 'string' ? authorization : undefined);
      const bytes = attachments.get(decodeURIComponent(image[1] as string));
      if (!bytes) return sendJson(response, 404, { error: { code: 'NotFound', message: 'No attachment' } });
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.end(bytes);
      return;
    }
    const member = MEMBER.exec(request.path);
    if (request.method === 'GET' && member) {
      const found = members.get(decodeURIComponent(member[2] as string));
      if (!found)
        return sendJson(response, 404, { error: { code: 'MemberNotFound', message: 'No such member' } });
      return sendJson(response, 200, found);
    }
    const send = SEND.exec(request.path);
    if (request.method !== 'POST' || !send) {
      return sendJson(response, 404, { error: { code: 'NotFound', message: `No route ${request.path}` } });
    }
    const activity = request.body as SentActivity['activity'];
    // The real service refuses activities without a type or conversation.
    if (!activity || typeof activity.type !== 'string') {
      return sendJson(response, 400, {
        error: { code: 'BadArgument', message: 'Activity type is required' },
      });
    }
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    const failure = failures.shift();
    if (failure?.status === 429) {
      const headers: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(failure.retryAfterSeconds) };
      return sendJson(response, 429, { error: { code: 'Throttled', message: 'Too many requests' } }, headers);
    }
    if (failure)
      return sendJson(response, failure.status, { error: { code: failure.code, message: failure.code } });
    sent.push({
      conversationId: decodeURIComponent(send[1] as string),
      ...(send[2] ? { replyToId: decodeURIComponent(send[2]) } : {}),
      activity,
      ...(typeof request.headers.authorization === 'string'
        ? { authorization: request.headers.authorization }
        : {}),
      at: Date.now(),
    });
    sendJson(response, 200, { id: `activity-${next++}` });
  });

  return {
    url: fake.url,
    sent,
    ofType: (type) => sent.filter((entry) => entry.activity.type === type),
    failNext(failure, times = 1) {
      for (let index = 0; index < times; index++) failures.push(failure);
    },
    members,
    attachments,
    attachmentUrl: (id) => `${fake.url}/v3/attachments/${encodeURIComponent(id)}/views/original`,
    attachmentAuth,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    async waitFor(check, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = check();
        if (result) return result;
        if (Date.now() > deadline)
          throw new Error(`Timed out; the fake got ${JSON.stringify(sent.map((s) => s.activity.type))}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => fake.close(),
  };
}
