/** Writes one answer as one Slack message: streamed, or posted once and updated at most once a second. */
import type { ReplyData, ReplyEvent } from '@frontdesk/core';
import type { webApi } from '@slack/bolt';
import {
  chunkBlocks,
  fallbackText,
  type KnownBlock,
  MAX_SECTION_TEXT,
  textBlocks,
  trailerBlocks,
} from './blocks.js';

/** Slack asks for no more than about one update a second per message. */
export const UPDATE_INTERVAL_MS = 1000;

export interface ReplyTarget {
  client: webApi.WebClient;
  team: string;
  channel: string;
  threadTs: string;
  /** Who asked; streaming outside DMs names the recipient. */
  user: string;
}

export interface ReplyWriter {
  write(event: ReplyEvent): Promise<void>;
  /** The reply failed part-way: finish the message (or post one) with `text`. */
  fail(text: string): Promise<void>;
}

/**
 * Creates a writer; with `stream` false (or when Slack refuses to stream) it posts and updates.
 * The events come already in the person's `language`; the answer's own buttons follow it.
 */
export function createReplyWriter(
  target: ReplyTarget,
  options: { stream: boolean; onStreamRefused(error: unknown): void; language?: string },
): ReplyWriter {
  const { client, channel, threadTs } = target;
  let mode: 'stream' | 'update' = options.stream ? 'stream' : 'update';
  let messageId = '';
  let text = '';
  let sent = 0; // characters of `text` already streamed
  let ts: string | undefined;
  let chain: Promise<void> = Promise.resolve();
  let lastUpdate = 0;
  let timer: NodeJS.Timeout | undefined;
  const startedAt = Date.now();

  const enqueue = (step: () => Promise<void>) => {
    chain = chain.then(step);
    return chain;
  };

  async function streamPending(): Promise<void> {
    while (mode === 'stream' && sent < text.length) {
      const piece = text.slice(sent, sent + MAX_SECTION_TEXT);
      if (!ts) {
        try {
          const started = await client.chat.startStream({
            channel,
            thread_ts: threadTs,
            markdown_text: piece,
            recipient_team_id: target.team,
            recipient_user_id: target.user,
          });
          ts = started.ts;
        } catch (error) {
          mode = 'update';
          options.onStreamRefused(error);
          return;
        }
      } else {
        await client.chat.appendStream({ channel, ts, markdown_text: piece });
      }
      sent += piece.length;
    }
  }

  async function showProgress(): Promise<void> {
    const blocks = textBlocks(text).slice(0, 49);
    if (!ts)
      ts = (await client.chat.postMessage({ channel, thread_ts: threadTs, text: fallbackText(text), blocks }))
        .ts;
    else await client.chat.update({ channel, ts, text: fallbackText(text), blocks });
    lastUpdate = Date.now();
  }

  function scheduleProgress(): void {
    if (timer) return;
    const since = ts ? lastUpdate : startedAt;
    const wait = Math.max(0, since + UPDATE_INTERVAL_MS - Date.now());
    timer = setTimeout(() => {
      enqueue(async () => {
        timer = undefined;
        if (text) await showProgress();
      }).catch(() => {});
    }, wait);
  }

  async function finish(data: ReplyData): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    text = data.answers;
    const trailer = trailerBlocks(data, messageId, options.language);
    if (mode === 'stream') await streamPending();
    if (mode === 'stream' && ts) {
      await client.chat.stopStream({ channel, ts, blocks: trailer });
      return;
    }
    const messages = chunkBlocks([...textBlocks(text), ...trailer]);
    const [first = [], ...rest] = messages;
    if (ts) {
      const wait = lastUpdate + UPDATE_INTERVAL_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await client.chat.update({ channel, ts, text: fallbackText(text), blocks: first });
    } else {
      await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: fallbackText(text),
        blocks: first,
      });
    }
    for (const blocks of rest) await postBlocks(blocks);
  }

  function postBlocks(blocks: KnownBlock[]) {
    return client.chat.postMessage({ channel, thread_ts: threadTs, text: ' ', blocks });
  }

  return {
    async write(event) {
      if (event.type === 'message-start') messageId = event.messageId;
      else if (event.type === 'message-delta') {
        text += event.text;
        if (mode === 'stream') await enqueue(streamPending);
        if (mode === 'update') scheduleProgress();
      } else if (event.type === 'message-end') await enqueue(() => finish(event.data));
    },
    async fail(apology) {
      if (timer) clearTimeout(timer);
      await chain.catch(() => {});
      const body = text ? `${text}\n\n${apology}` : apology;
      if (ts && mode === 'stream')
        await client.chat.stopStream({ channel, ts, markdown_text: `\n\n${apology}` });
      else if (ts) await client.chat.update({ channel, ts, text: body, blocks: textBlocks(body) });
      else await client.chat.postMessage({ channel, thread_ts: threadTs, text: apology });
    },
  };
}
