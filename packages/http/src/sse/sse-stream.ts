/** Server-Sent Events plumbing for live subscriptions: frames, heartbeat, cleanup on abort or cancel. */

const encoder = new TextEncoder();

/** The comment line sent as a heartbeat, keeping proxies from closing an idle stream. */
export const SSE_PING = ': ping\n\n';

/** How often the heartbeat goes out unless a route says otherwise. */
export const DEFAULT_HEARTBEAT_MS = 15_000;

/** One SSE frame: a named event with its data as JSON. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Writes one frame's text to the stream; after the stream has closed it stops the subscription instead. */
export type SseSend = (text: string) => void;

export interface SubscriptionStreamOptions {
  /** The request's signal: when the client goes away the subscription stops and the stream closes. */
  signal: AbortSignal;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number | undefined;
  /** Starts listening, writing frames with `send`; returns the unsubscribe. */
  subscribe(send: SseSend): () => void;
  /** Called once when the stream ends, however it ends (e.g. to free a stream slot). */
  onClose?: (() => void) | undefined;
  /** The server is stopping: the stream sends a final `shutdown` event and ends (the client reconnects). */
  shutdown?: AbortSignal | undefined;
  /** Runs after the `: connected` comment, e.g. to send what was missed before subscribing. */
  connected?(send: SseSend): void | Promise<void>;
}

/**
 * A byte stream of SSE frames from a subscription. It subscribes, starts the heartbeat, sends
 * `: connected` (so the client knows the stream is live), then runs `connected`; an abort of
 * `signal` or a cancel stops the heartbeat and unsubscribes.
 */
export function subscriptionStream(options: SubscriptionStreamOptions): ReadableStream<Uint8Array> {
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: SseSend = (text) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = options.subscribe(send);
      const heartbeat = setInterval(() => send(SSE_PING), options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
      heartbeat.unref?.();
      let stopped = false;
      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        unsubscribe();
        options.onClose?.();
      };
      const end = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      options.signal.addEventListener('abort', end);
      const onShutdown = () => {
        send(sseFrame('shutdown', { reason: 'server-stopping', retryAfterMs: 1000 }));
        end();
      };
      if (options.shutdown?.aborted) return onShutdown();
      options.shutdown?.addEventListener('abort', onShutdown, { once: true });
      const unsubscribeShutdown = () => options.shutdown?.removeEventListener('abort', onShutdown);
      const previousStop = stop;
      stop = () => {
        unsubscribeShutdown();
        previousStop();
      };
      send(': connected\n\n');
      await options.connected?.(send);
    },
    cancel() {
      stop();
    },
  });
}

/** The response for an SSE stream; `cacheControl` is the route's Cache-Control value. */
export function eventStreamResponse(body: ReadableStream<Uint8Array>, cacheControl: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': cacheControl,
      'X-Accel-Buffering': 'no',
    },
  });
}
