/** Debounce kept in the store: rapid messages of one thread are joined and answered once, across restarts and instances. */
import type { Clock } from '../clock.js';
import type { IdSource } from '../id-source.js';
import type { SessionStore } from '../session-store.js';

/** Waits `ms` milliseconds, or rejects when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Sleep on timers. */
export const timerSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Adds `text` to the thread's buffer, waits `waitMs`, then takes the buffer if no later message
 * arrived meanwhile. Returns the joined text (newline-separated, oldest first) to answer, or
 * undefined when a later message's caller answers for all of them. Messages left in the buffer
 * by a process that stopped mid-wait are joined into the thread's next message, never lost.
 */
export async function debounce(
  deps: { store: SessionStore; clock: Clock; ids: IdSource; sleep: Sleep },
  options: { key: string; text: string; waitMs: number; signal: AbortSignal },
): Promise<string | undefined> {
  const id = deps.ids.id('pend');
  await deps.store.addPendingMessage({
    key: options.key,
    id,
    text: options.text,
    createdAt: deps.clock.now(),
  });
  await deps.sleep(options.waitMs, options.signal);
  const taken = await deps.store.takePendingMessages(options.key, id);
  return taken?.map((message) => message.text).join('\n');
}
