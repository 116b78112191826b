// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Attachments reach an OpenAI-compatible agent (a fake on 127.0.0.1) through the real server: images
// as image_url parts with data: URLs, other files named in text, history as text only, and a
// per-bot switch for text-only models. The embedded agent still says it reads only text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { type Api, api } from './agents-helpers.js';
import { PDF, PNG } from './attachment-files.js';
import { changeDemoWidget } from './demo-widget.js';
import { readSse, startTestServer, type TestServer } from './harness.js';
import { SITE, siteWidget } from './site-widget.js';

const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;

let server: TestServer;
let fake: FakeOpenAi;
let admin: Api;
let token = '';

const widget = (path: string, init: RequestInit = {}) => siteWidget(server).call(path, { ...init, token });

async function upload(name: string, body: Buffer): Promise<string> {
  const response = await widget(`/attachments?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body: body as Uint8Array<ArrayBuffer>,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as any).data.id;
}

/** Sends a widget message; returns the answer's text and the conversation id. */
async function send(body: object): Promise<{ text: string; conversationId: string }> {
  const response = await widget('/messages', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const events = await readSse(response);
  const start = events.find((event) => event.event === 'message-start')?.data as any;
  const text = events
    .filter((event) => event.event === 'message-delta')
    .map((event) => (event.data as any).text)
    .join('');
  return { text, conversationId: start.conversationId };
}

const lastUser = () => (fake.completions().at(-1)?.messages as any[] | undefined)?.at(-1);

beforeAll(async () => {
  // 'strict-text' plays a text-only model that refuses image parts, as such APIs do (400).
  fake = await startFakeOpenAi((body) =>
    body.model === 'strict-text' && (body.messages as any[]).some((message) => Array.isArray(message.content))
      ? { status: 400, message: 'Invalid content type. image_url is only supported by certain models.' }
      : { text: 'That is the checkout error screen.' },
  );
  server = await startTestServer();
  admin = api(server);
  await changeDemoWidget(server, { allowedOrigins: [SITE] });
  const integration = await admin.call('POST', '/v1/integrations', {
    kind: 'openai',
    environment: 'production',
    data: { baseUrl: `${fake.url}/v1` },
    secret: FAKE_OPENAI_KEY,
  });
  expect(integration.status).toBe(201);
  token = await siteWidget(server).visitor();
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
});

async function useAgent(agent: object) {
  const response = await admin.call('PUT', '/v1/bots/demo/agent', agent);
  expect(response.status).toBe(200);
  return response.json.data.agent;
}

describe('attachments to an OpenAI-compatible agent', () => {
  it('still answers a files-only message with the text-only reply when the agent is embedded', async () => {
    const id = await upload('screen.png', PNG);
    const before = fake.completions().length;
    const reply = await send({ text: '', attachments: [{ id, name: 'screen.png' }] });
    expect(reply.text).toMatch(/only read text/i);
    expect(fake.completions()).toHaveLength(before);
  });

  it('sends an attached image as an image_url part with a data: URL beside the words', async () => {
    expect(await useAgent({ kind: 'openai', model: 'gpt-4o-mini' })).toMatchObject({ imageInputs: true });
    const id = await upload('checkout error.png', PNG);
    const reply = await send({
      text: 'What does this mean?',
      attachments: [{ id, name: 'checkout error.png' }],
    });
    expect(reply.text).toBe('That is the checkout error screen.');
    expect(lastUser()).toEqual({
      role: 'user',
      content: [
        {
          type: 'text',
          text: 'What does this mean?\nThe person attached the image "checkout error.png" (image/png, 1 KB), shown below.',
        },
        { type: 'image_url', image_url: { url: PNG_URL } },
      ],
    });
  });

  it('names a PDF by name and type in text, never as an image, and asks about an image sent alone', async () => {
    const pdf = await upload('invoice.pdf', PDF);
    const first = await send({
      text: 'Is this invoice right?',
      attachments: [{ id: pdf, name: 'invoice.pdf' }],
    });
    expect(lastUser()).toEqual({
      role: 'user',
      content:
        'Is this invoice right?\nThe person attached the file "invoice.pdf" (application/pdf, 1 KB); you cannot open it.',
    });
    const image = await upload('second.png', PNG);
    await send({
      text: '',
      conversationId: first.conversationId,
      attachments: [{ id: image, name: 'second.png' }],
    });
    const messages = fake.completions().at(-1)!.messages as any[];
    expect(messages.at(-1).content).toEqual([
      { type: 'text', text: 'The person attached the image "second.png" (image/png, 1 KB), shown below.' },
      { type: 'image_url', image_url: { url: PNG_URL } },
    ]);
    // The earlier turn is text only: the file's name stays, its link and bytes do not.
    const earlier = messages.filter((message) => message.role === 'user').slice(0, -1);
    expect(earlier.map((message) => message.content)).toEqual(['Is this invoice right?\n[📎 invoice.pdf]']);
  });

  it('asks a model that refuses images once more with the files named, and still answers', async () => {
    await useAgent({ kind: 'openai', model: 'strict-text' });
    const before = fake.completions().length;
    const id = await upload('refused.png', PNG);
    const reply = await send({ text: 'Can you see this?', attachments: [{ id, name: 'refused.png' }] });
    expect(reply.text).toBe('That is the checkout error screen.');
    const tries = fake.completions().slice(before);
    expect(tries).toHaveLength(2);
    expect(Array.isArray((tries[0]!.messages as any[]).at(-1).content)).toBe(true);
    expect((tries[1]!.messages as any[]).at(-1).content).toBe(
      'Can you see this?\nThe person attached the file "refused.png" (image/png, 1 KB); you cannot open it.',
    );
  });

  it('describes images in text only when the bot turns image inputs off for a text-only model', async () => {
    const agent = await useAgent({ kind: 'openai', model: 'text-only-model', imageInputs: false });
    expect(agent).toMatchObject({ imageInputs: false });
    const id = await upload('photo.png', PNG);
    await send({ text: 'Here is a photo', attachments: [{ id, name: 'photo.png' }] });
    expect(lastUser().content).toBe(
      'Here is a photo\nThe person attached the file "photo.png" (image/png, 1 KB); you cannot open it.',
    );
    const before = fake.completions().length;
    const alone = await send({ text: '', attachments: [{ id: await upload('b.png', PNG), name: 'b.png' }] });
    expect(alone.text).toMatch(/only read text/i);
    expect(fake.completions()).toHaveLength(before);
  });

  it('documents the setting in the OpenAPI document', async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).text();
    const found = /"imageInputs":\{[^}]*\}/.exec(document)?.[0] ?? '';
    expect(found).toContain('"type":"boolean"');
    expect(found).toContain('text-only models');
  });

  it('refuses a setting of the wrong type by name', async () => {
    const response = await admin.call('PATCH', '/v1/bots/demo/agent', { imageInputs: 'yes' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('imageInputs');
  });
});
