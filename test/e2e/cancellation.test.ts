// A client that goes away cancels the agent call; a store that fails gives a bare 500.
import type { AgentClient } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

const seen = { started: 0, aborted: 0, finished: 0 };
const slowAgent: AgentClient = {
  async *send(_request, { signal }) {
    seen.started++;
    try {
      for (let i = 0; i < 50; i++) {
        yield { type: 'text-delta', text: `word${i} ` };
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, 100);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
      }
      seen.finished++;
      yield { type: 'finish', noAnswer: false };
    } finally {
      if (signal.aborted) seen.aborted++;
    }
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ agentFor: (bot) => (bot.id === 'slow' ? slowAgent : undefined) as never });
  await server.saveBot({ id: 'slow' });
});
afterAll(async () => {
  await server?.close();
});

describe('a client that disconnects', () => {
  it('cancels the agent call while streaming', async () => {
    const controller = new AbortController();
    const response = await server.post(
      '/v1/bots/slow/message',
      { message: { text: 'tell me a long story' } },
      { Accept: 'text/event-stream' },
    );
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('message-start');
    await reader.cancel();
    controller.abort();
    await vi.waitFor(() => expect(seen.aborted).toBe(1), { timeout: 3000 });
    expect(seen.finished).toBe(0);
  });

  it('cancels the agent call while waiting for a JSON answer', async () => {
    const controller = new AbortController();
    const pending = fetch(`${server.url}/v1/bots/slow/message`, {
      method: 'POST',
      headers: { Authorization: 'Bearer fd_test_owner_token_0123456789abcdef' },
      body: JSON.stringify({ message: { text: 'another long one' } }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await vi.waitFor(() => expect(seen.started).toBe(2), { timeout: 3000 });
    controller.abort();
    await pending;
    await vi.waitFor(() => expect(seen.aborted).toBe(2), { timeout: 3000 });
    expect(seen.finished).toBe(0);
  });
});

describe('an unexpected failure', () => {
  it('is a 500 server_error with a request id and no details', async () => {
    const store = createMemoryStore();
    // The disk fails once the server is up: every bot lookup throws with a path in its message.
    let failing = false;
    const broken = {
      ...store,
      getBot: (...args: Parameters<typeof store.getBot>) =>
        failing ? Promise.reject(new Error('disk on fire at /var/lib/secret.db')) : store.getBot(...args),
    };
    const { buildTestApp } = await import('./dependencies.js');
    const app = await buildTestApp(broken);
    failing = true;
    const response = await app.request('/v1/bots/demo/message', {
      method: 'POST',
      headers: { Authorization: 'Bearer fd_test_owner_token_0123456789abcdef' },
      body: JSON.stringify({ message: { text: 'hi' } }),
    });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      success: false,
      code: 'server_error',
      error: expect.any(String),
      message: expect.any(String),
      status: 500,
    });
    expect(JSON.stringify(body)).not.toContain('disk on fire');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});
