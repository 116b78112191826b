// The openai agent through the real `openai` SDK against a fake OpenAI-compatible server.

import { createEmbeddedAgent, createOpenAiAgent, type OpenAiAgentOptions } from '@frontdesk/agents';
import { AgentError, type AgentEvent, type AgentTurn } from '@frontdesk/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_HELP_CENTRE } from '../../packages/agents/src/fixtures/test-helpers.js';
import {
  FAKE_OPENAI_KEY,
  type FakeCompletion,
  type FakeOpenAi,
  startFakeOpenAi,
} from '../fakes/openai-server.js';

const embedded = createEmbeddedAgent({ knowledgeDir: FIXTURE_HELP_CENTRE, watch: false });
let fake: FakeOpenAi | undefined;

beforeAll(() => embedded.ready);
afterAll(() => embedded.close());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function agentWith(
  script: (body: Record<string, unknown>, index: number) => FakeCompletion,
  options: Partial<OpenAiAgentOptions> = {},
) {
  fake = await startFakeOpenAi(script);
  return createOpenAiAgent({
    apiKey: FAKE_OPENAI_KEY,
    baseUrl: `${fake.url}/v1`,
    model: 'gpt-test',
    temperature: 0.1,
    maxTokens: 300,
    knowledge: () => embedded.knowledgeIndex(),
    publicUrl: 'https://help.example.com',
    ...options,
  });
}

async function collect(
  agent: ReturnType<typeof createOpenAiAgent>,
  text: string,
  history: AgentTurn[] = [],
  signal = new AbortController().signal,
): Promise<AgentEvent[]> {
  const events: AgentEvent[] = [];
  const request = { conversationId: 'c1', botId: 'demo', text, history, requester: null };
  for await (const event of agent.send(request, { signal })) events.push(event);
  return events;
}

const textOf = (events: AgentEvent[]) =>
  events.map((event) => (event.type === 'text-delta' ? event.text : '')).join('');
const systemOf = (body: Record<string, unknown>) =>
  (body.messages as { role: string; content: string }[])[0]!.content;

describe('openai agent', () => {
  it('streams the answer in several deltas and sends model, temperature and max tokens', async () => {
    const agent = await agentWith(() => ({ text: 'Open Settings, then Security, then Reset password. [1]' }));
    const events = await collect(agent, 'How do I reset my password?');
    expect(events.filter((event) => event.type === 'text-delta').length).toBeGreaterThan(3);
    expect(textOf(events)).toBe('Open Settings, then Security, then Reset password. [1]');
    const [body] = fake!.completions();
    expect(body).toMatchObject({ model: 'gpt-test', temperature: 0.1, max_tokens: 300, stream: true });
    expect(events.at(-1)).toEqual({ type: 'finish', noAnswer: false });
  });

  it('puts numbered help-centre passages in the prompt and returns only the cited ones as sources', async () => {
    const agent = await agentWith((body) => {
      const system = systemOf(body);
      const number = /\[(\d+)\] [^\n]*[Pp]assword/.exec(system)?.[1] ?? '9';
      return { text: `Use the reset link [${number}].` };
    });
    const events = await collect(agent, 'How do I reset my password?');
    expect(systemOf(fake!.completions()[0]!)).toMatch(/\[1\] /);
    const sources = events.find((event) => event.type === 'sources');
    expect(sources?.type === 'sources' && sources.sources).toHaveLength(1);
    const [source] = sources?.type === 'sources' ? sources.sources : [];
    expect(source).toMatchObject({ type: 'knowledge_base' });
    expect(source?.name).toMatch(/password/i);
    expect(source?.url).toMatch(/^https:\/\/help\.example\.com\//);
  });

  it('gives no sources when the answer cites nothing', async () => {
    const agent = await agentWith(() => ({ text: 'Hello! How can I help?' }));
    const events = await collect(agent, 'hello there');
    expect(events.some((event) => event.type === 'sources')).toBe(false);
  });

  it('asks for a ticket once when the model calls create_ticket, then streams its closing words', async () => {
    const agent = await agentWith((_body, index) =>
      index === 0
        ? {
            toolCalls: [
              {
                name: 'create_ticket',
                arguments: { summary: 'Charged twice for May', type: 'billing', priority: 'high' },
              },
            ],
          }
        : { text: 'I have passed this to our billing team.' },
    );
    const events = await collect(agent, 'You charged me twice!');
    expect(events.filter((event) => event.type === 'ticket-request')).toEqual([
      { type: 'ticket-request', summary: 'Charged twice for May', ticketType: 'billing', priority: 'high' },
    ]);
    expect(textOf(events)).toBe('I have passed this to our billing team.');
    const second = fake!.completions()[1]!.messages as { role: string; tool_call_id?: string }[];
    expect(second.at(-2)).toMatchObject({ role: 'assistant' });
    expect(second.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_0' });
  });

  it('runs search_knowledge and can cite what it found', async () => {
    const agent = await agentWith((body, index) => {
      if (index === 0)
        return { toolCalls: [{ name: 'search_knowledge', arguments: { query: 'reset password' } }] };
      const tool = (body.messages as { role: string; content: string }[]).at(-1)!;
      const number = /\[(\d+)\]/.exec(tool.content)?.[1];
      return { text: number ? `Found it [${number}].` : 'Nothing.' };
    });
    const events = await collect(agent, 'zzzz qqqq');
    expect(textOf(events)).toMatch(/^Found it \[\d+\]\.$/);
    expect(events.some((event) => event.type === 'sources')).toBe(true);
  });

  it('trims history to the token budget, keeping the latest turns', async () => {
    const agent = await agentWith(() => ({ text: 'ok' }), { historyTokens: 60 });
    const history: AgentTurn[] = Array.from({ length: 10 }, (_, index) => ({
      role: index % 2 === 0 ? 'user' : 'assistant',
      text: `turn ${index} ${'x'.repeat(80)}`,
    }));
    await collect(agent, 'and now?', history);
    const messages = fake!.completions()[0]!.messages as { role: string; content: string }[];
    const sent = messages.slice(1, -1).map((message) => message.content);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan(10);
    expect(sent.at(-1)).toContain('turn 9');
    expect(messages.at(-1)).toEqual({ role: 'user', content: 'and now?' });
  });

  it('retries a 429 and a 503, honouring Retry-After, then answers', async () => {
    const agent = await agentWith((_body, index) =>
      index === 0
        ? { status: 429, retryAfter: '1' }
        : index === 1
          ? { status: 503, retryAfter: '0' }
          : { text: 'Back.' },
    );
    const started = Date.now();
    const events = await collect(agent, 'hi');
    expect(textOf(events)).toBe('Back.');
    expect(fake!.completions()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('fails with agent_error after the retries run out, without the key in the message', async () => {
    const agent = await agentWith(() => ({ status: 500, retryAfter: '0' }), { maxRetries: 1 });
    const failure = await collect(agent, 'hi').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AgentError);
    expect((failure as AgentError).code).toBe('agent_error');
    expect(String((failure as Error).message)).not.toContain(FAKE_OPENAI_KEY);
    expect(fake!.completions()).toHaveLength(2);
  });

  it('times out a model that does not answer as a 504 agent_error', async () => {
    const agent = await agentWith(() => ({ text: 'late', delayMs: 2000 }), {
      requestTimeoutMs: 300,
      maxRetries: 0,
    });
    const failure = await collect(agent, 'hi').catch((error: unknown) => error);
    expect((failure as AgentError).status).toBe(504);
  });

  it('stops the upstream stream when the caller goes away', async () => {
    const agent = await agentWith(() => ({ text: 'word '.repeat(200), chunkDelayMs: 20 }));
    const controller = new AbortController();
    const request = { conversationId: 'c1', botId: 'demo', text: 'hi', history: [], requester: null };
    const seen: AgentEvent[] = [];
    const run = (async () => {
      for await (const event of agent.send(request, { signal: controller.signal })) {
        seen.push(event);
        if (seen.length === 3) controller.abort(new Error('client left'));
      }
    })();
    await expect(run).rejects.toThrow('client left');
    await expect.poll(() => fake!.abandoned, { timeout: 2000 }).toBe(1);
    expect(seen.length).toBeLessThan(10);
  });
});
