// A bot's suggested questions and widget language: set through the bots API, checked (a clear 400
// naming the field), and handed to the widget with its visitor session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

describe('widget suggested questions and language settings', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  const patch = (widget: unknown) =>
    fetch(`${server.url}/v1/bots/demo`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ settings: { widget } }),
    });

  it('hands the questions and the language to the widget with the session', async () => {
    const questions = ['How do I reset my password?', 'Can I export my data?'];
    expect((await patch({ suggestedQuestions: questions, locale: 'ar' })).status).toBe(200);
    const response = await server.post('/widget/v1/sessions', { botId: 'demo' }, { Origin: server.url });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { settings: Record<string, unknown> } };
    expect(data.settings).toMatchObject({ suggestedQuestions: questions, locale: 'ar' });
  });

  it('refuses too many questions, an empty one, or a language the widget does not speak, naming the field', async () => {
    const bad = [
      { suggestedQuestions: Array.from({ length: 7 }, (_, index) => `Question ${index}?`) },
      { suggestedQuestions: ['  '] },
      { suggestedQuestions: ['x'.repeat(121)] },
      { locale: 'sv' },
    ];
    for (const widget of bad) {
      const response = await patch(widget);
      expect(response.status).toBe(400);
      const field = Object.keys(widget)[0]!;
      expect(JSON.stringify(await response.json())).toContain(field);
    }
  });
});
