/**
 * PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: a longer message is sent as numbered
 * parts and put back together by the listener.
 */
import { randomUUID } from 'node:crypto';

/** Under 8000 bytes even when every UTF-16 unit takes 3 bytes in UTF-8, with room for the envelope. */
const PART_CHARS = 2_400;
const SINGLE_MAX_BYTES = 7_900;
/** Parts of a message that never completes (a sender that died mid-way) are dropped after this. */
const PART_TTL_MS = 30_000;

interface Part {
  part: string;
  index: number;
  count: number;
  data: string;
}

/** The NOTIFY payloads for `text`: itself when it fits, else parts. */
export function splitNotify(text: string): string[] {
  if (Buffer.byteLength(text) <= SINGLE_MAX_BYTES) return [text];
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PART_CHARS);
    // Never split a surrogate pair: half of one is not valid UTF-8.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  const part = randomUUID();
  return pieces.map((data, index) =>
    JSON.stringify({ part, index, count: pieces.length, data } satisfies Part),
  );
}

/** Puts parts back together: `accept` returns the whole text once its last part is in, else undefined. */
export function createNotifyJoiner(now: () => number = Date.now) {
  const pending = new Map<string, { pieces: string[]; received: number; since: number }>();
  return {
    accept(payload: string): string | undefined {
      if (!payload.startsWith('{"part":')) return payload;
      const { part, index, count, data } = JSON.parse(payload) as Part;
      for (const [key, entry] of pending) if (now() - entry.since > PART_TTL_MS) pending.delete(key);
      const entry = pending.get(part) ?? { pieces: new Array<string>(count), received: 0, since: now() };
      if (entry.pieces[index] === undefined) entry.received += 1;
      entry.pieces[index] = data;
      pending.set(part, entry);
      if (entry.received < count) return undefined;
      pending.delete(part);
      return entry.pieces.join('');
    },
  };
}
