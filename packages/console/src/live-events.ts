/** Listens to `GET /v1/events` and reconnects after a drop, backing off up to 30 s. */
import { ApiError } from './api.js';
import { type EventFrame, readEventStream } from './event-stream.js';

export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveHandlers {
  onEvent(frame: EventFrame): void;
  onStatus(status: LiveStatus): void;
  /** The token was refused (401/403): the stream stops for good. */
  onAuthError(error: ApiError): void;
}

/** Starts listening; the returned function stops. `base` is the server's origin (empty: this page's). */
export function listenToDesk(auth: Record<string, string>, handlers: LiveHandlers, base = ''): () => void {
  const controller = new AbortController();
  let delay = 1000;

  async function connect(): Promise<void> {
    while (!controller.signal.aborted) {
      handlers.onStatus('connecting');
      try {
        const response = await fetch(`${base}/v1/events`, {
          credentials: 'same-origin',
          headers: { ...auth, Accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403) {
          handlers.onAuthError(new ApiError(response.status, 'You were signed out. Sign in again.'));
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        handlers.onStatus('live');
        delay = 1000;
        await readEventStream(response.body, handlers.onEvent);
      } catch {
        if (controller.signal.aborted) return;
      }
      handlers.onStatus('offline');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  }

  void connect();
  return () => controller.abort();
}
