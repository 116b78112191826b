/** Component tests: a fake `/v1` behind `fetch`, recording calls, with a live event stream the test writes to. */

export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  token: string | undefined;
}

type Handler = (call: FakeCall) => { status?: number; body: unknown } | undefined;

export interface FakeDesk {
  calls: FakeCall[];
  /** Sends one SSE frame to every open `/v1/events` stream. */
  emit(event: string, data: unknown): void;
  restore(): void;
}

/** Replaces `fetch`: each handler may answer a call; unanswered calls get a 404 envelope. */
export function installFakeDesk(handlers: Handler[]): FakeDesk {
  const original = globalThis.fetch;
  const calls: FakeCall[] = [];
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const encoder = new TextEncoder();

  globalThis.fetch = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://console.test');
    const headers = new Headers(init.headers);
    const call: FakeCall = {
      method: init.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      token: headers.get('authorization')?.replace(/^Bearer /, ''),
    };
    calls.push(call);
    if (url.pathname === '/v1/events') {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) });
      init.signal?.addEventListener('abort', () => streams.splice(0));
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    }
    for (const handler of handlers) {
      const answer = handler(call);
      if (answer) return Response.json(answer.body, { status: answer.status ?? 200 });
    }
    return Response.json(
      { success: false, code: 'not_found_error', message: 'No such route.' },
      { status: 404 },
    );
  }) as typeof fetch;

  return {
    calls,
    emit(event, data) {
      for (const controller of streams) {
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      }
    },
    restore() {
      globalThis.fetch = original;
    },
  };
}
