/** A Bolt Receiver behind `handleRequest(Request) → Response`: verifies, acknowledges at once, works after. */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { SlackLogger } from './options.js';
import { MAX_BODY_BYTES, parseSlackBody } from './request-body.js';
import { verifySlackSignature } from './signature.js';

export interface RequestReceiverOptions {
  /** Without one (Socket Mode only), every HTTP request is refused. */
  signingSecret: string | undefined;
  now(): number;
  logger: SlackLogger;
  /** A request not acknowledged by its listener within this time is acknowledged anyway. */
  ackTimeoutMs: number;
  /** Claims an event id; false when it was seen before (a retry), so it is acknowledged and dropped. */
  claimEvent(eventId: string): Promise<boolean>;
}

/** How a payload arrived: its acknowledgement (an HTTP response, a Socket Mode ack) and Slack's retry headers. */
export interface Delivery {
  ack(response?: unknown): void;
  retryNum?: number;
  retryReason?: string;
}

export interface RequestReceiver extends Receiver {
  handleRequest(request: Request): Promise<Response>;
  /** A payload that arrived another way (Socket Mode), already authenticated by its transport. */
  dispatch(body: Record<string, unknown>, delivery: Delivery): void;
  /** Resolves when the work started by earlier requests has finished (tests, shutdown). */
  idle(): Promise<void>;
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

const CODES: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'invalid request'],
  401: ['authentication_error', 'authentication error'],
  405: ['invalid_request_error', 'invalid request'],
  413: ['invalid_request_error', 'invalid request'],
  503: ['server_error', 'server error'],
};

/** A refusal in Frontdesk's error envelope, with nothing internal in it. */
function refuse(status: number, message: string): Response {
  const [code, error] = CODES[status] ?? ['invalid_request_error', 'invalid request'];
  return Response.json({ success: false, code, error, message, status }, { status });
}

/** What Bolt's `ack(response)` becomes: nothing is an empty 200, a string is text, else JSON. */
function ackResponse(response: unknown): Response {
  if (response === undefined || response === null || response === '')
    return new Response(null, { status: 200 });
  if (typeof response === 'string') return text(200, response);
  return Response.json(response);
}

/** Creates the receiver; Bolt calls `init(app)` when the App is built with it. */
export function createRequestReceiver(options: RequestReceiverOptions): RequestReceiver {
  let app: App | undefined;
  const pending = new Set<Promise<void>>();

  async function handleRequest(request: Request): Promise<Response> {
    if (request.method !== 'POST') return refuse(405, 'Only POST is allowed.');
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
      return refuse(413, 'The body is larger than 1 MiB.');
    const rawBody = await request.text();
    const { signingSecret } = options;
    const verified =
      signingSecret !== undefined &&
      verifySlackSignature({
        signingSecret,
        rawBody,
        timestamp: request.headers.get('x-slack-request-timestamp'),
        signature: request.headers.get('x-slack-signature'),
        now: options.now(),
      });
    if (!verified) return refuse(401, 'Invalid or stale Slack signature.');
    const body = parseSlackBody(rawBody, request.headers.get('content-type'));
    if (!body) return refuse(400, 'The body is neither JSON nor a Slack form.');
    if (body.type === 'url_verification') return Response.json({ challenge: body.challenge });
    if (body.ssl_check) return new Response(null, { status: 200 });
    if (!app) return refuse(503, 'Slack is starting; try again shortly.');
    return new Promise<Response>((resolve) => {
      dispatch(body, { ack: (response) => resolve(ackResponse(response)), ...retryOf(request) });
    });
  }

  /**
   * Hands a verified payload to Bolt. Events are acknowledged at once (a slow store cannot make
   * Slack retry), other payloads when their listener acks, or after `ackTimeoutMs` at the latest.
   */
  function dispatch(body: Record<string, unknown>, delivery: Delivery): void {
    if (!app) throw new Error('The Slack receiver is not initialised.');
    const isEvent = body.type === 'event_callback';
    let acked = false;
    const ack = (response?: unknown) => {
      if (acked) return;
      acked = true;
      delivery.ack(response);
    };
    const timer = setTimeout(() => ack(), options.ackTimeoutMs);
    const { retryNum, retryReason } = delivery;
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => ack(response),
      ...(retryNum !== undefined ? { retryNum } : {}),
      ...(retryReason !== undefined ? { retryReason } : {}),
    };
    const target = app;
    const work = (async () => {
      if (isEvent && typeof body.event_id === 'string' && !(await options.claimEvent(body.event_id))) return;
      await target.processEvent(event);
    })()
      .catch((error: unknown) => options.logger.error({ err: redact(error) }, 'slack request failed'))
      .finally(() => {
        clearTimeout(timer);
        ack();
        pending.delete(work);
      });
    pending.add(work);
    if (isEvent) ack();
  }

  return {
    init(bolt) {
      app = bolt;
    },
    async start() {},
    async stop() {
      await idle();
    },
    handleRequest,
    dispatch,
    idle,
  };

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }
}

function retryOf(request: Request): Pick<Delivery, 'retryNum' | 'retryReason'> {
  const retryNum = request.headers.get('x-slack-retry-num');
  const retryReason = request.headers.get('x-slack-retry-reason');
  return {
    ...(retryNum ? { retryNum: Number(retryNum) } : {}),
    ...(retryReason ? { retryReason } : {}),
  };
}

/** Errors are logged by name, code and message only: a request body or a client may carry the token. */
export function redact(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const coded = error as Error & { code?: unknown; data?: { error?: unknown } };
  return {
    name: error.name,
    message: error.message.replace(/xox[a-z]-[\w-]+/g, 'xox?-[redacted]'),
    ...(coded.code ? { code: coded.code } : {}),
    ...(coded.data?.error ? { slackError: coded.data.error } : {}),
  };
}

/** The `error` code of a Web API error (`channel_not_found`, …), if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  return typeof code === 'string' ? code : undefined;
}
