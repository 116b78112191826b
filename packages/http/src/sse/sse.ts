/** Writes a reply event stream as Server-Sent Events; a failure part-way becomes an `error` event. */
import { type ReplyEvent, toFrontdeskError } from '@frontdesk/core';
import { errorEnvelope } from '../error-response.js';
import { DEFAULT_HEARTBEAT_MS, SSE_PING, sseFrame } from './sse-stream.js';

export interface SseOptions {
  /** Aborted when the client goes away (the host aborts the request's signal); failures then stay quiet. */
  signal: AbortSignal;
  /** Logs failures that are not the client leaving. */
  onError(error: unknown): void;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
}

const encoder = new TextEncoder();

export function formatSseEvent(event: ReplyEvent): string {
  return sseFrame(event.type, event);
}

/** A byte stream of SSE frames for `events`; cancelling it stops the reply. */
export function replyEventStream(
  events: AsyncIterable<ReplyEvent>,
  options: SseOptions,
): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = undefined;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      heartbeat = setInterval(
        () => controller.enqueue(encoder.encode(SSE_PING)),
        options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      );
      heartbeat.unref?.();
    },
    async pull(controller) {
      try {
        const step = await iterator.next();
        if (step.done) {
          stop();
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(formatSseEvent(step.value)));
      } catch (error) {
        stop();
        if (options.signal.aborted) {
          controller.close();
          return;
        }
        options.onError(error);
        const envelope = errorEnvelope(toFrontdeskError(error));
        controller.enqueue(encoder.encode(formatSseEvent({ type: 'error', error: envelope })));
        controller.close();
      }
    },
    cancel() {
      stop();
      // Ends the reply's generators, which tells the agent to stop.
      iterator.return?.().catch(() => {});
    },
  });
}
