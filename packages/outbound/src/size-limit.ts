/** A response body that fails once it grows past a limit, so a huge or endless answer cannot fill memory. */
import { OutboundError } from './outbound-error.js';

/**
 * Passes chunks through until `maxBytes`, then errors the stream with `response_too_large` and
 * cancels the source. `explain` may replace an upstream error (e.g. with `timeout`).
 */
export function limitBody(
  source: ReadableStream<Uint8Array>,
  maxBytes: number,
  explain: () => Error | undefined,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        controller.error(explain() ?? new OutboundError('unreachable', { cause: error }));
        return;
      }
      if (chunk.done) return controller.close();
      received += chunk.value.byteLength;
      if (received > maxBytes) {
        controller.error(new OutboundError('response_too_large'));
        await reader.cancel().catch(() => {});
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
