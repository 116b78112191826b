/** How many SSE streams one token, visitor or address may hold open at once. */
import { RateLimitError } from '@frontdesk/core';

export const STREAM_LIMITS = { token: 10, visitor: 5, address: 30 } as const;

export type StreamKind = keyof typeof STREAM_LIMITS;

export interface StreamLimiter {
  /**
   * Takes one stream slot for each key, or throws a 429 when one is full (taking none then).
   * Returns the release, to call once when the stream ends.
   */
  open(keys: Partial<Record<StreamKind, string>>): () => void;
}

/** Counts open streams in this process; a stream holds a slot until it ends. */
export function createStreamLimiter(limits: Record<StreamKind, number> = STREAM_LIMITS): StreamLimiter {
  const open = new Map<string, number>();
  return {
    open(keys) {
      const taken = Object.entries(keys).filter(
        (entry): entry is [StreamKind, string] => entry[1] !== undefined,
      );
      for (const [kind, key] of taken) {
        const count = open.get(`${kind}:${key}`) ?? 0;
        if (count >= limits[kind]) {
          throw new RateLimitError(5000, { limit: limits[kind], remaining: 0, resetMs: 5000 });
        }
      }
      for (const [kind, key] of taken) open.set(`${kind}:${key}`, (open.get(`${kind}:${key}`) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        for (const [kind, key] of taken) {
          const left = (open.get(`${kind}:${key}`) ?? 1) - 1;
          if (left <= 0) open.delete(`${kind}:${key}`);
          else open.set(`${kind}:${key}`, left);
        }
      };
    },
  };
}
