/** Streams an answer into a personal chat: typing activities with `streaminfo`, then the final message. */
import { chatWords, type ReplyData } from '@frontdesk/core';
import { finalStreamMessage } from './reply-activity.js';
import type { Send } from './sender.js';

export interface StreamWriter {
  /** Sends the informative first update ("Looking for an answer…"); its id becomes the stream id. */
  start(): Promise<void>;
  /** Adds text; an update goes out at most once per interval. */
  append(text: string): void;
  /** Ends the stream with the answer's final message (card, citations), its buttons in `language`. */
  finish(data: ReplyData, messageId: string | undefined, language?: string): Promise<void>;
  /** Ends the stream with a plain message instead, e.g. when the agent failed. */
  fail(text: string): Promise<void>;
}

/** Builds a writer; `intervalMs` is Teams' 1.5–2 s between updates, `informativeText` the first update's words. */
export function createStreamWriter(
  send: Send,
  options: { intervalMs: number; now?: () => number; informativeText?: string },
): StreamWriter {
  const now = options.now ?? Date.now;
  let streamId: string | undefined;
  let sequence = 0;
  let text = '';
  let sentText = '';
  let lastSentAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;
  let ended = false;

  function streamInfo(streamType: string): Record<string, unknown> {
    sequence += 1;
    return { type: 'streaminfo', streamType, streamSequence: sequence, ...(streamId ? { streamId } : {}) };
  }

  /** Sends run one after another; the first failure stops the stream and surfaces at the end. */
  function enqueue(work: () => Promise<void>): Promise<void> {
    chain = chain.then(async () => {
      if (failure) return;
      try {
        await work();
      } catch (error) {
        failure = error;
      }
    });
    return chain;
  }

  function flush(): void {
    timer = undefined;
    if (ended || text === sentText) return;
    void enqueue(async () => {
      if (ended || text === sentText) return;
      const snapshot = text;
      lastSentAt = now();
      await send({ type: 'typing', text: snapshot, entities: [streamInfo('streaming')] as never });
      sentText = snapshot;
    });
  }

  async function end(build: () => Record<string, unknown>): Promise<void> {
    ended = true;
    if (timer) clearTimeout(timer);
    await enqueue(async () => {
      await send(build());
    });
    if (failure) throw failure;
  }

  return {
    async start() {
      await enqueue(async () => {
        lastSentAt = now();
        const id = await send({
          type: 'typing',
          text: options.informativeText ?? chatWords(undefined).lookingForAnswer,
          entities: [streamInfo('informative')] as never,
        });
        streamId = id;
      });
      if (failure) throw failure;
    },
    append(delta) {
      text += delta;
      if (timer || ended) return;
      timer = setTimeout(flush, Math.max(0, lastSentAt + options.intervalMs - now()));
    },
    finish(data, messageId, language) {
      return end(() => {
        sequence += 1;
        return finalStreamMessage(data, messageId, streamId, sequence, language) as Record<string, unknown>;
      });
    },
    fail(message) {
      return end(() => ({ type: 'message', text: message, entities: [streamInfo('final')] }));
    },
  };
}

/** Repeats the typing indicator until the returned function is called. */
export function startTyping(send: Send, intervalMs: number): () => void {
  let stopped = false;
  const tick = () => {
    if (!stopped) void send({ type: 'typing' }).catch(() => {});
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
