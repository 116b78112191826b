// Helpers for the ticket desk tests: the admin API with a token, the ticket a request for a human opened,
// a widget visitor, and live event streams.
import { vi } from 'vitest';
import type { TestServer } from './harness.js';

/** Calls `/v1/…` with `token`; returns the status and the parsed body. */
export async function api(server: TestServer, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  return { status: response.status, json: (await response.json()) as any };
}

/**
 * Waits up to 10 s for the ticket that asking for a human (or, with `trigger` `no-answer`, a
 * question the bot could not answer) opened in the demo bot's conversation `channelKey`.
 */
export function humanRequestTicket(
  server: TestServer,
  channelKey: string,
  trigger: 'human-request' | 'no-answer' = 'human-request',
) {
  return vi.waitFor(
    async () => {
      const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
      const found =
        conversation &&
        (await server.store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:${trigger}`));
      if (!found) throw new Error('no ticket yet');
      return found;
    },
    { timeout: 10_000 },
  );
}

/** Runs `work` while the demo bot has these `widget` settings, then puts the bot back. */
export async function withDemoWidget(server: TestServer, widget: object, work: () => Promise<void>) {
  const demo = (await server.store.getBot('ws_default', 'demo'))!;
  await server.saveBot({
    id: 'demo',
    settings: { ...demo.settings, widget: { ...demo.settings.widget, ...widget } },
  });
  try {
    await work();
  } finally {
    await server.saveBot({ id: 'demo', settings: demo.settings });
  }
}

/** A widget visitor on the server's own origin (the demo page), who writes and listens. */
export async function startVisitor(server: TestServer, botId = 'demo') {
  const headers = { 'Content-Type': 'application/json', Origin: server.url };
  const session = await fetch(`${server.url}/widget/v1/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ botId }),
  });
  const token = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
  const auth = { ...headers, Authorization: `Bearer ${token}` };
  return {
    /** Sends a message and returns the SSE text of the reply. */
    async say(text: string, conversationId?: string): Promise<string> {
      const response = await fetch(`${server.url}/widget/v1/messages`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) }),
      });
      return response.text();
    },
    /** The conversation as the widget loads it (`data` of the history route). */
    async history(conversationId: string): Promise<{ text: string; ticket?: { id: string; url: string } }[]> {
      const response = await fetch(`${server.url}/widget/v1/conversations/${conversationId}/messages`, {
        headers: auth,
      });
      type Message = { text: string; ticket?: { id: string; url: string } };
      return ((await response.json()) as { data: { messages: Message[] } }).data.messages;
    },
    /** Opens the conversation's event stream; `received` fills as messages arrive. */
    async listen(conversationId: string) {
      const stream = await collectEvents(
        `${server.url}/widget/v1/conversations/${conversationId}/events`,
        auth,
        (frame): { role: string; text: string; id: string } | undefined => {
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          return data ? JSON.parse(data) : undefined;
        },
      );
      return { received: stream.frames, until: stream.until, close: stream.close };
    },
  };
}

/** The conversation id in the `message-end` frame of a widget reply. */
export function conversationIdOf(sse: string): string {
  const match = /"conversationId":"([^"]+)"/.exec(sse);
  if (!match?.[1]) throw new Error(`No conversation id in ${sse}`);
  return match[1];
}

/** Opens the SSE stream at `url` and collects what `parse` makes of each frame (skipping `undefined`) until closed. */
export async function collectEvents<Frame>(
  url: string,
  headers: Record<string, string>,
  parse: (frame: string) => Frame | undefined,
) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const frames: Frame[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const frame = parse(block);
        if (frame !== undefined) frames.push(frame);
      }
    }
  })();
  return {
    response,
    frames,
    /** Waits until `predicate` holds, failing after `timeoutMs`. */
    async until(predicate: () => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Not received in time: ${JSON.stringify(frames)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}
