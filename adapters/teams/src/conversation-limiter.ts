/**
 * Paces outgoing messages per conversation to Teams' limits. Written by hand rather than on the
 * core's RateLimiter port: sends must wait for a free slot, not be refused, and the windows are Teams'.
 */

/** One window: at most `points` sends in `durationMs`. */
export interface SendWindow {
  points: number;
  durationMs: number;
}

/** Teams' per-bot, per-conversation limits (msteams-docs bots/how-to/rate-limit.md). */
export const TEAMS_CONVERSATION_LIMITS: SendWindow[] = [
  { points: 7, durationMs: 1000 },
  { points: 8, durationMs: 2000 },
  { points: 60, durationMs: 30_000 },
  { points: 1800, durationMs: 3_600_000 },
];

export interface ConversationLimiter {
  /** Resolves when a send into `conversationKey` fits every window; the send is counted then. */
  acquire(conversationKey: string): Promise<void>;
}

/** An in-process limiter; `sleep` and `now` are injectable so tests can watch the schedule. */
export function createConversationLimiter(
  options: { windows?: SendWindow[]; now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
): ConversationLimiter {
  const windows = options.windows ?? TEAMS_CONVERSATION_LIMITS;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const longest = Math.max(...windows.map((window) => window.durationMs));
  const sent = new Map<string, number[]>();
  // Sends to one conversation are granted in order, so a burst cannot overtake itself.
  const queues = new Map<string, Promise<void>>();

  /** How long until every window has room, given the send times in `history` (oldest first). */
  function waitFor(history: number[], at: number): number {
    let wait = 0;
    for (const window of windows) {
      const inWindow = history.filter((time) => time > at - window.durationMs);
      if (inWindow.length >= window.points) {
        const oldestCounted = inWindow[inWindow.length - window.points] as number;
        wait = Math.max(wait, oldestCounted + window.durationMs - at);
      }
    }
    return wait;
  }

  async function grant(key: string): Promise<void> {
    for (;;) {
      const at = now();
      const history = (sent.get(key) ?? []).filter((time) => time > at - longest);
      const wait = waitFor(history, at);
      if (wait <= 0) {
        history.push(at);
        sent.set(key, history);
        return;
      }
      await sleep(wait);
    }
  }

  return {
    acquire(conversationKey) {
      const previous = queues.get(conversationKey) ?? Promise.resolve();
      const turn = previous.then(() => grant(conversationKey));
      const settled = turn.catch(() => {});
      queues.set(conversationKey, settled);
      void settled.then(() => {
        if (queues.get(conversationKey) === settled) queues.delete(conversationKey);
      });
      return turn;
    },
  };
}
