/**
 * Keeps a subscription to a conversation's later messages open, panel open or closed:
 * reconnects with backoff, and lets go while the tab stays hidden (catching up when it shows).
 */

/** A tab hidden this long stops listening until it is visible again. */
export const HIDDEN_PAUSE_MS = 60_000;

/** `connect` resolves when the server ends the stream and rejects on errors; both reconnect. */
export function subscribeLater(connect: (signal: AbortSignal) => Promise<void>): () => void {
  let stopped = false;
  let connection: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set while the tab is hidden for long; resolving it resumes the loop.
  let resume: (() => void) | undefined;
  let paused: Promise<void> | undefined;

  const onVisibility = () => {
    clearTimeout(timer);
    if (document.hidden) {
      timer = setTimeout(() => {
        paused = new Promise((resolve) => (resume = resolve));
        connection?.abort();
      }, HIDDEN_PAUSE_MS);
    } else {
      paused = undefined;
      resume?.();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);

  (async () => {
    let delay = 1000;
    while (!stopped) {
      await paused;
      if (stopped) return;
      connection = new AbortController();
      const started = Date.now();
      await connect(connection.signal).catch(() => {});
      if (paused) continue;
      // A stream that stayed up a while was healthy: reconnect quickly.
      delay = Date.now() - started > 30_000 ? 1000 : Math.min(delay * 2, 30_000);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  })();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    connection?.abort();
    resume?.();
  };
}
