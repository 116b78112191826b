// Content gaps end to end: unanswered, 👎 and handed-over questions, grouped by wording, as JSON and CSV.
import { type ReplyData, recordFeedback } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function ask(text: string, conversationId?: string): Promise<ReplyData> {
  const response = await server.post('/v1/bots/demo/message', {
    message: { text },
    ...(conversationId ? { conversationId } : {}),
  });
  return ((await response.json()) as { data: ReplyData }).data;
}

const get = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } });

describe('GET /v1/analytics/content-gaps', () => {
  it('groups unanswered, unhelpful and handed-over questions by wording, most asked first', async () => {
    await ask('wo ist mein paket');
    await ask('Wo ist mein Paket??');
    await ask('wo ist denn mein paket');
    await ask("what's the weather in berlin");
    const first = await ask('how do i export my data');
    await ask('I want to talk to a human', first.conversationId);
    const answered = await ask('how do I reset my password');
    const messages = await server.store.listMessages(answered.conversationId);
    const answer = messages.find((message) => message.role === 'assistant');
    await recordFeedback(server.store, {
      messageId: answer?.id ?? '',
      feedback: 'not-helpful',
      by: 'u1',
      now: Date.now(),
    });

    const response = await get('/v1/analytics/content-gaps?botId=demo');
    expect(response.status).toBe(200);
    const gaps = (
      (await response.json()) as {
        data: { question: string; count: number; reasons: Record<string, number>; examples: string[] }[];
      }
    ).data;
    expect(gaps[0]).toMatchObject({ count: 3, reasons: { 'no-answer': 3, 'not-helpful': 0, handover: 0 } });
    expect([gaps[0]?.question, ...(gaps[0]?.examples ?? [])].sort()).toEqual(
      ['Wo ist mein Paket??', 'wo ist denn mein paket', 'wo ist mein paket'].sort(),
    );
    expect(gaps).toContainEqual(
      expect.objectContaining({ question: "what's the weather in berlin", count: 1 }),
    );
    expect(gaps).toContainEqual(
      expect.objectContaining({
        question: 'how do i export my data',
        reasons: { 'no-answer': 0, 'not-helpful': 0, handover: 1 },
      }),
    );
    expect(gaps).toContainEqual(
      expect.objectContaining({
        question: 'how do I reset my password',
        reasons: { 'no-answer': 0, 'not-helpful': 1, handover: 0 },
      }),
    );

    const csv = await get('/v1/analytics/content-gaps?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('question,count,no_answer,not_helpful,handover,examples,last_asked_at');
    expect(lines[1]).toMatch(/^(?:wo ist|Wo ist)[^,]*,3,3,0,0,/);
  });

  it('refuses unknown query parameters', async () => {
    const response = await get('/v1/analytics/content-gaps?colour=red');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('colour');
  });
});
