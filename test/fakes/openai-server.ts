// A fake OpenAI-compatible API: `POST /v1/chat/completions` streamed as SSE chunks, with tool calls.
import type { ServerResponse } from 'node:http';
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

/** One scripted answer: streamed text and/or tool calls, or an HTTP error. */
export type FakeCompletion =
  | {
      text?: string;
      toolCalls?: { name: string; arguments: unknown }[];
      /** Wait before the first chunk, and between chunks. */
      delayMs?: number;
      chunkDelayMs?: number;
    }
  | { status: number; retryAfter?: string; message?: string };

export interface FakeOpenAi extends HttpFake {
  /** The chat completion request bodies received, in order. */
  completions(): Record<string, unknown>[];
  /** Streams still open when the client went away. */
  abandoned: number;
}

const KEY = 'sk-test-fake-0123456789';
export const FAKE_OPENAI_KEY = KEY;

/** Starts the fake; `script(body, n)` decides the n-th (0-based) completion. */
export async function startFakeOpenAi(
  script: (body: Record<string, unknown>, index: number) => FakeCompletion,
): Promise<FakeOpenAi> {
  let index = 0;
  const state = { abandoned: 0 };
  const fake = await startHttpFake(async (request: RecordedRequest, response) => {
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return sendJson(response, 404, { error: { message: 'Unknown route', type: 'invalid_request_error' } });
    }
    if (request.headers.authorization !== `Bearer ${KEY}`) {
      return sendJson(response, 401, {
        error: {
          message: 'Incorrect API key provided.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
    }
    const body = request.body as Record<string, unknown>;
    if (!Array.isArray(body.messages) || typeof body.model !== 'string' || body.stream !== true) {
      return sendJson(response, 400, { error: { message: 'model, messages and stream are required' } });
    }
    const problem = contentProblem(body.messages);
    if (problem)
      return sendJson(response, 400, { error: { message: problem, type: 'invalid_request_error' } });
    const plan = script(body, index++);
    if ('status' in plan) {
      const headers: Record<string, string> = plan.retryAfter ? { 'retry-after': plan.retryAfter } : {};
      return sendJson(
        response,
        plan.status,
        { error: { message: plan.message ?? 'scripted failure' } },
        headers,
      );
    }
    await stream(response, body.model, plan, state);
  });
  return {
    ...fake,
    completions: () =>
      fake.requests
        .filter((request) => request.path === '/v1/chat/completions')
        .map((r) => r.body as Record<string, unknown>),
    get abandoned() {
      return state.abandoned;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stream(
  response: ServerResponse,
  model: string,
  plan: Exclude<FakeCompletion, { status: number }>,
  state: { abandoned: number },
) {
  if (plan.delayMs) await sleep(plan.delayMs);
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  let closed = false;
  response.on('close', () => {
    if (!response.writableEnded) {
      closed = true;
      state.abandoned++;
    }
  });
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model };
  const send = async (delta: Record<string, unknown>, finish: string | null = null) => {
    if (closed) return;
    const chunk = { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] };
    response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    if (plan.chunkDelayMs) await sleep(plan.chunkDelayMs);
  };
  await send({ role: 'assistant', content: '' });
  for (const piece of (plan.text ?? '').match(/.{1,8}/gs) ?? []) await send({ content: piece });
  for (const [callIndex, call] of (plan.toolCalls ?? []).entries()) {
    const json = JSON.stringify(call.arguments);
    await send({
      tool_calls: [
        {
          index: callIndex,
          id: `call_${callIndex}`,
          type: 'function',
          function: { name: call.name, arguments: '' },
        },
      ],
    });
    // Arguments arrive in fragments, as the real API sends them.
    for (const part of json.match(/.{1,10}/gs) ?? []) {
      await send({ tool_calls: [{ index: callIndex, function: { arguments: part } }] });
    }
  }
  await send({}, plan.toolCalls?.length ? 'tool_calls' : 'stop');
  if (closed) return;
  response.write('data: [DONE]\n\n');
  response.end();
}

/**
 * Checks message contents as the real API does: a string, or (for user messages) an array of
 * `{type:'text',text}` and `{type:'image_url',image_url:{url}}` parts, images as https or data: URLs.
 */
function contentProblem(messages: unknown[]): string | undefined {
  for (const [index, message] of messages.entries()) {
    const { role, content } = message as { role?: string; content?: unknown };
    if (typeof content === 'string' || content === null || content === undefined) continue;
    if (!Array.isArray(content) || role !== 'user') return `messages[${index}].content: invalid type`;
    for (const part of content as Record<string, unknown>[]) {
      if (part.type === 'text' && typeof part.text === 'string') continue;
      const url = (part.image_url as { url?: unknown } | undefined)?.url;
      const detail = (part.image_url as { detail?: unknown } | undefined)?.detail;
      const validUrl =
        typeof url === 'string' &&
        /^(https:\/\/|data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$)/.test(url);
      if (
        part.type === 'image_url' &&
        validUrl &&
        [undefined, 'auto', 'low', 'high'].includes(detail as string)
      )
        continue;
      return `messages[${index}].content: invalid content part`;
    }
  }
  return undefined;
}
