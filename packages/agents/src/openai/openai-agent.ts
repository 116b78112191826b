/** The `openai` agent: an LLM behind any OpenAI-compatible API, answering from retrieved passages with citations. */
import { type AgentClient, AgentError, type AgentEvent, type AgentRequest } from '@frontdesk/core';
import { createOutboundFetch, type OutboundFetch } from '@frontdesk/outbound';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import {
  type ConnectorError,
  type ConnectorTarget,
  searchConnectors,
} from '../connectors/connector-search.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { type AgentFiles, userContent, withoutFileLinks } from './attachment-inputs.js';
import { type StreamOutcome, streamCompletion } from './completion-stream.js';
import {
  type ContextEntry,
  citedSources,
  documentEntry,
  passageEntry,
  renderEntries,
} from './context-entries.js';
import type { HttpFunction } from './http-function.js';
import { buildMessages } from './prompt.js';
import { parseToolCall, TOOLS } from './tools.js';

export interface OpenAiAgentOptions {
  apiKey: string;
  /** Any OpenAI-compatible API, e.g. `http://localhost:11434/v1` (Ollama). Default: OpenAI's. */
  baseUrl?: string;
  model: string;
  systemPrompt?: string;
  /** HTTP functions the model may call as tools (the seed's `functionUrl`). */
  functions?: readonly HttpFunction[];
  /** Few-shot turns sent before the history: `user[i]`, then `assistant[i]`. */
  examples?: { user: readonly string[]; assistant: readonly string[] };
  temperature?: number;
  maxTokens?: number;
  /** Earlier turns are trimmed to this many (estimated) tokens. Default 3000. */
  historyTokens?: number;
  /** The help-centre index, read per question since it may be re-indexed. */
  knowledge?: () => KnowledgeIndex | undefined;
  /** Base for relative article links in sources. */
  publicUrl?: string;
  connectors?: readonly ConnectorTarget[];
  /** Per connector query. Default 5000 ms. */
  connectorTimeoutMs?: number;
  /** Retries on 429, 5xx and lost connections, with backoff honouring `Retry-After`. Default 2. */
  maxRetries?: number;
  /** The HTTP client for the model API; default the outbound client. */
  fetch?: OutboundFetch;
  /** Per request to the model. Default 60 000 ms. */
  requestTimeoutMs?: number;
  /** Passages below this confidence stay out of the prompt. Default 0.2. */
  minConfidence?: number;
  /** Told about connectors skipped because they failed (`continue_on_failure`). */
  onWarning?: (message: string) => void;
  /** Where the files a message names are read (only this bot's); none: files are named, not sent. */
  files?: AgentFiles;
  /** Attached images go to the model as image inputs. Default true; false for text-only models. */
  imageInputs?: boolean;
}

const MAX_PASSAGES = 5;
/** Rounds of tool calls before the model must answer in words. */
const MAX_TOOL_ROUNDS = 3;
const TICKET_TOOL_RESULT =
  'A ticket has been opened for the support team. Tell the person briefly that a human will reply in this conversation.';

/** Creates the agent; the SDK client is built once and reused across questions. */
export function createOpenAiAgent(options: OpenAiAgentOptions): AgentClient {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    maxRetries: options.maxRetries ?? 2,
    timeout: options.requestTimeoutMs ?? 60_000,
    // Every base URL goes through the address policy; the SDK keeps its own timeout per request.
    fetch: options.fetch ?? createOutboundFetch({ timeoutMs: (options.requestTimeoutMs ?? 60_000) * 2 }),
  });
  const minConfidence = options.minConfidence ?? 0.2;

  async function retrieve(query: string, signal: AbortSignal): Promise<ContextEntry[]> {
    const passages = (options.knowledge?.()?.search(query, MAX_PASSAGES) ?? [])
      .filter((passage) => passage.confidence >= minConfidence)
      .map((passage) => passageEntry(passage, options.publicUrl));
    const documents = options.connectors?.length
      ? await searchConnectors(options.connectors, query, {
          signal,
          timeoutMs: options.connectorTimeoutMs ?? 5000,
          onSkipped: (error: ConnectorError) => options.onWarning?.(error.message),
        })
      : [];
    return [...passages, ...documents.map(documentEntry)];
  }

  async function* send(
    request: AgentRequest,
    { signal }: { signal: AbortSignal },
  ): AsyncGenerator<AgentEvent> {
    signal.throwIfAborted();
    const entries = await retrieve(withoutFileLinks(request.text), signal);
    const content = await userContent(request.text, {
      files: options.files,
      imageInputs: options.imageInputs ?? true,
    });
    const messages: ChatCompletionMessageParam[] = buildMessages({
      systemPrompt: options.systemPrompt,
      examples: options.examples,
      context: renderEntries(entries),
      history: request.history,
      historyTokens: options.historyTokens ?? 3000,
      content,
    });
    let answer = '';
    let ticketRequested = false;
    const functions = options.functions ?? [];
    const tools = [...TOOLS, ...functions.map((fn) => fn.tool)];

    // A model that takes no images refuses the request (400): it is asked once more with the files named.
    let withImages = Array.isArray(content);
    const question = messages.length - 1;

    for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
      const start = () =>
        streamCompletion(
          client,
          {
            model: options.model,
            messages,
            ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
            ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
            ...(round < MAX_TOOL_ROUNDS ? { tools } : {}),
          },
          signal,
        );
      let stream = start();
      let step: IteratorResult<string, StreamOutcome>;
      try {
        step = await stream.next();
      } catch (error) {
        if (!withImages || !refusedRequest(error)) throw error;
        withImages = false;
        options.onWarning?.(
          'The model refused a message with images; it was sent with the files named instead. Turn imageInputs off for a text-only model.',
        );
        const named = await userContent(request.text, { files: options.files, imageInputs: false });
        messages[question] = { role: 'user', content: named };
        stream = start();
        step = await stream.next();
      }
      withImages = false;
      while (!step.done) {
        answer += step.value;
        yield { type: 'text-delta', text: step.value };
        step = await stream.next();
      }
      const outcome: StreamOutcome = step.value;
      if (outcome.toolCalls.length === 0) break;

      messages.push({
        role: 'assistant',
        content: outcome.text || null,
        tool_calls: outcome.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: call.arguments },
        })),
      });
      for (const call of outcome.toolCalls) {
        const tool = parseToolCall(call.name, call.arguments);
        const fn = functions.find((candidate) => candidate.name === call.name);
        let content: string;
        if (fn) {
          content = await fn.call(call.arguments, { conversationId: request.conversationId, signal });
        } else if (tool.name === 'search_knowledge') {
          const found = (await retrieve(tool.query, signal)).filter(
            (entry) => !entries.some((known) => sameSource(known, entry)),
          );
          content = found.length > 0 ? renderEntries(found, entries.length + 1) : 'Nothing more was found.';
          entries.push(...found);
        } else if (tool.name === 'create_ticket') {
          if (!ticketRequested) {
            ticketRequested = true;
            const { name: _name, ...ticket } = tool;
            yield { type: 'ticket-request', ...ticket };
          }
          content = TICKET_TOOL_RESULT;
        } else {
          content = tool.problem;
        }
        messages.push({ role: 'tool', tool_call_id: call.id, content });
      }
    }

    const sources = citedSources(answer, entries);
    if (sources.length > 0) yield { type: 'sources', sources };
    yield { type: 'finish', noAnswer: answer.trim() === '' && !ticketRequested };
  }

  return { send };
}

/** The model API answered 400: the request itself was refused (e.g. image parts for a text-only model). */
function refusedRequest(error: unknown): boolean {
  const cause = error instanceof AgentError ? error.cause : undefined;
  return cause instanceof OpenAI.APIError && cause.status === 400;
}

function sameSource(left: ContextEntry, right: ContextEntry): boolean {
  return (
    left.source.name === right.source.name && left.source.url === right.source.url && left.text === right.text
  );
}
