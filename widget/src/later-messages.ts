/** Keeps a subscription to a conversation's later messages open, reconnecting with backoff. */

/** `connect` resolves when the server ends the stream and rejects on errors; both reconnect. */
export function subscribeLater(connect: (signal: AbortSignal) => Promise<void>): () => void {
  const controller = new AbortController();
  (async () => {
    let delay = 1000;
    while (!controller.signal.aborted) {
      const started = Date.now();
      await connect(controller.signal).catch(() => {});
      if (controller.signal.aborted) return;
      // A stream that stayed up a while was healthy: reconnect quickly.
      delay = Date.now() - started > 30_000 ? 1000 : Math.min(delay * 2, 30_000);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  })();
  return () => controller.abort();
}
