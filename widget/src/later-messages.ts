/**
 * Keeps a subscription to a conversation's later messages open, panel open or closed:
 * reconnects with backoff, and lets go while the tab stays hidden (catching up when it shows).
 */

/** A tab hidden this long stops listening until it is visible again. */
export const HIDDEN_PAUSE_MS = 60_000;

/** `connect` resolves when the server ends the stream and rejects on errors; both reconnect. */
export function subscribeLater(connect: (signal: AbortSignal) => Promise<void>): () => void {
  const stop = new AbortController();
  let connection: AbortController | undefined;
  let paused = false;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;

  const onVisibility = () => {
    clearTimeout(hiddenTimer);
    if (document.visibilityState === 'hidden') {
      hiddenTimer = setTimeout(() => {
        paused = true;
        connection?.abort();
      }, HIDDEN_PAUSE_MS);
    } else if (paused) {
      paused = false;
      wake?.();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  stop.signal.addEventListener('abort', () => {
    clearTimeout(hiddenTimer);
    document.removeEventListener('visibilitychange', onVisibility);
    connection?.abort();
    wake?.();
  });
  // Resolves after `ms`, or early when the tab shows again or the subscription stops.
  const wait = (ms?: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      if (ms !== undefined) setTimeout(resolve, ms);
    });

  (async () => {
    let delay = 1000;
    while (!stop.signal.aborted) {
      if (paused) {
        await wait();
        continue;
      }
      connection = new AbortController();
      const started = Date.now();
      await connect(connection.signal).catch(() => {});
      if (stop.signal.aborted || paused) continue;
      // A stream that stayed up a while was healthy: reconnect quickly.
      delay = Date.now() - started > 30_000 ? 1000 : Math.min(delay * 2, 30_000);
      await wait(delay);
    }
  })();
  return () => stop.abort();
}
