// Item 2 in the widget: a file or image sent without words gets the bot's unknownMessage, not the agent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSse, startTestServer, type TestServer } from '../e2e/harness.js';
import { call } from './seed.js';

const SITE = 'https://shop.example.com';
let server: TestServer;
let visitorToken: string;

beforeAll(async () => {
  server = await startTestServer();
  await call(server, 'PATCH', '/v1/bots/demo', { settings: { widget: { allowedOrigins: [SITE] } } });
  await call(server, 'PATCH', '/v1/bots/demo/rules', {
    unknownMessage: 'I dont understand. Please try again.',
  });
  const session = await fetch(`${server.url}/widget/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: SITE },
    body: JSON.stringify({ botId: 'demo' }),
  });
  visitorToken = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
});
afterAll(async () => {
  await server?.close();
});

function send(body: unknown) {
  return fetch(`${server.url}/widget/v1/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: SITE, Authorization: `Bearer ${visitorToken}` },
    body: JSON.stringify(body),
  });
}

describe('widget non-text input', () => {
  it('answers an image without words with the unknownMessage', async () => {
    const response = await send({ text: '', attachments: [{ name: 'photo.jpg', type: 'image/jpeg' }] });
    expect(response.status).toBe(200);
    const frames = await readSse(response);
    const end = frames.at(-1)?.data as { data: { answers: string; sources: unknown[] } };
    expect(end.data.answers).toBe('I dont understand. Please try again.');
    expect(end.data.sources).toEqual([]);
  });

  it('still refuses a message with neither words nor attachments', async () => {
    const response = await send({ text: '' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/text/);
  });
});
