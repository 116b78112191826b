// The agent endpoint end to end: real server, SQLite, the embedded agent over the demo help centre.
import type { ReplyData } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSse, startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function ask(text: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await server.post('/v1/bots/demo/message', { message: { text, ...extra } }, headers);
  return { response, body: (await response.json()) as { success: boolean; data: ReplyData } };
}

describe('POST /v1/bots/demo/message', () => {
  it('answers a help-centre question with sources that link to the article', async () => {
    const { response, body } = await ask('How do I reset my password?');
    expect(response.status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data.answers).toMatch(/Forgot password/);
    expect(body.data.conversationId).toMatch(/^conv_/);
    const top = body.data.sources[0]!;
    expect(top).toMatchObject({ type: 'knowledge_base' });
    expect(top.score).toBeGreaterThan(0.6);
    expect(top.score).toBeLessThanOrEqual(1);
    const path = new URL(top.url!).pathname;
    expect(path).toBe('/kb/reset-your-password');
    const page = await fetch(`${server.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Reset your password');
  });

  it('continues the conversation with conversationId in either place, using earlier turns', async () => {
    const first = await ask('How do I reset my password?');
    const { conversationId } = first.body.data;
    const nested = await ask('and in the iOS app?', { conversationId });
    expect(nested.body.data.conversationId).toBe(conversationId);
    expect(nested.body.data.answers).toMatch(/app/i);
    expect(nested.body.data.sources[0]?.url).toContain('/kb/reset-your-password');

    const response = await server.post('/v1/bots/demo/message', {
      message: { text: 'thanks!' },
      conversationId,
    });
    expect(((await response.json()) as { data: ReplyData }).data.conversationId).toBe(conversationId);
    expect(await server.store.listMessages(conversationId)).toHaveLength(6);
  });

  it('opens a ticket when the person asks for a human, and links it on the next ask', async () => {
    const first = await ask('How do I export my data?');
    const { conversationId } = first.body.data;
    const human = await ask('I want to talk to a human', { conversationId });
    const ticket = human.body.data.ticketDetails!;
    expect(ticket).toMatchObject({ status: 'open', type: 'support', priority: 'medium' });
    expect(ticket.description).toBe('How do I export my data?');
    expect(Date.parse(ticket.createdDate)).not.toBeNaN();

    const again = await ask('hello? can I speak to a person', { conversationId });
    expect(again.body.data.ticketDetails?.id).toBe(ticket.id);

    const view = await fetch(new URL(new URL(ticket.url!).pathname, server.url), {
      headers: { Authorization: `Bearer ${(await server.token({})) as string}` },
    });
    expect(view.status).toBe(200);
  });

  it('says it does not know, and offers a person (opening no ticket yet), when the help centre has no answer', async () => {
    const { body } = await ask('What is the airspeed velocity of an unladen swallow?');
    expect(body.data.sources).toEqual([]);
    expect(body.data.answers).toMatch(/couldn't find/i);
    expect(body.data.answers).toMatch(/Would you like to talk to a person/);
    expect(body.data.ticketDetails).toBeUndefined();
    expect(body.data.actions).toEqual([
      { kind: 'escalate', label: 'Talk to a human', text: 'Talk to a human' },
    ]);
  });

  it('streams the reply as server-sent events ending with the full data', async () => {
    const response = await server.post(
      '/v1/bots/demo/message',
      { message: { text: 'Can I get a refund?' } },
      { Accept: 'text/event-stream' },
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const frames = await readSse(response);
    const names = frames.map((frame) => frame.event);
    expect(names[0]).toBe('message-start');
    expect(names.filter((name) => name === 'message-delta').length).toBeGreaterThan(1);
    expect(names).toContain('sources');
    expect(names.at(-1)).toBe('message-end');
    const deltas = frames
      .filter((frame) => frame.event === 'message-delta')
      .map((frame) => (frame.data as { text: string }).text)
      .join('');
    const end = frames.at(-1)?.data as { data: { answers: string; conversationId: string } };
    expect(end.data.answers).toBe(deltas);
    expect(end.data.answers).toMatch(/refund/i);
    expect((frames[0]!.data as { conversationId: string }).conversationId).toBe(end.data.conversationId);
  });

  it('sets RateLimit headers and a request id on every answer', async () => {
    const { response } = await ask('How much does the Business plan cost?');
    expect(response.headers.get('x-request-id')).toMatch(/\S+/);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first response to a retry without asking again or opening a second ticket', async () => {
    const headers = { 'Idempotency-Key': 'retry-1' };
    const first = await ask('please open a ticket, my invoice is wrong', {}, headers);
    const retry = await ask('please open a ticket, my invoice is wrong', {}, headers);
    expect(retry.response.status).toBe(200);
    expect(retry.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const messages = await server.store.listMessages(first.body.data.conversationId);
    expect(messages).toHaveLength(2);
  });

  it('replays over SSE too', async () => {
    const headers = { 'Idempotency-Key': 'retry-sse', Accept: 'text/event-stream' };
    const first = await readSse(
      await server.post('/v1/bots/demo/message', { message: { text: 'refunds?' } }, headers),
    );
    const again = await readSse(
      await server.post('/v1/bots/demo/message', { message: { text: 'refunds?' } }, headers),
    );
    expect(again.at(-1)).toEqual(first.at(-1));
  });

  it('refuses the same key with a different body', async () => {
    await ask('How do I change my email?', {}, { 'Idempotency-Key': 'retry-2' });
    const other = await ask('How do I delete my account?', {}, { 'Idempotency-Key': 'retry-2' });
    expect(other.response.status).toBe(400);
    expect(other.body).toMatchObject({ success: false, code: 'invalid_request_error' });
  });
});
