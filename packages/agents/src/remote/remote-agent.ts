/** The `remote` agent: forwards each message to an Enjo-compatible endpoint (a hosted agent or another Frontdesk). */
import { type AgentClient, AgentError, type AgentEvent, type AgentRequest } from '@frontdesk/core';
import { type OutboundFetch, outboundFetch } from '@frontdesk/outbound';
import { type EnjoReply, readEnjoReply, retryAfterMs } from './enjo-reply.js';

/** Where the remote conversation ids are kept, both ways. */
export interface ConversationMap {
  /** The remote conversation for a local one. */
  remoteFor(localId: string): Promise<string | undefined>;
  /** Records the pair; a later `localFor(remoteId)` finds the local conversation. */
  link(localId: string, remoteId: string): Promise<void>;
  /** Forgets the pair, e.g. when the remote no longer knows its conversation. */
  unlink(localId: string): Promise<void>;
}

export interface RemoteAgentOptions {
  /** e.g. `https://api.enjo.ai`. */
  baseUrl: string;
  botId: string;
  token: string;
  conversations: ConversationMap;
  /** How long to keep retrying while the remote answers 429. Default 10 000 ms. */
  busyBudgetMs?: number;
  /** Wait before a retry when the 429 has no `Retry-After`. Default 1000 ms. */
  defaultRetryMs?: number;
  /** The HTTP client; default the outbound client (address policy, timeout, size limit). */
  fetch?: OutboundFetch;
}

/** What the person reads when the remote stays busy for the whole budget. */
export const BUSY_TEXT = 'Our assistant is very busy right now. Please try again in a minute.';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });

/** Creates the agent. The token goes only into the `Authorization` header, never into errors. */
export function createRemoteAgent(options: RemoteAgentOptions): AgentClient {
  const endpoint = `${options.baseUrl.replace(/\/+$/, '')}/v1/bots/${encodeURIComponent(options.botId)}/message`;
  const busyBudgetMs = options.busyBudgetMs ?? 10_000;

  async function post(text: string, conversationId: string | undefined, signal: AbortSignal) {
    const response = await (options.fetch ?? outboundFetch)(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({ message: { text, ...(conversationId ? { conversationId } : {}) } }),
      signal,
    });
    const body: unknown = await response.json().catch(() => undefined);
    return { response, body };
  }

  /** Sends once, retrying 429s within the budget and a 404 (forgotten conversation) once without it. */
  async function exchange(request: AgentRequest, signal: AbortSignal): Promise<EnjoReply | 'busy'> {
    let remoteId = await options.conversations.remoteFor(request.conversationId);
    const started = Date.now();
    let wait = options.defaultRetryMs ?? 1000;
    while (true) {
      const { response, body } = await post(request.text, remoteId, signal);
      if (response.ok) {
        const reply = readEnjoReply(body);
        if (!reply) throw new AgentError('The remote agent answered with a body that is not an Enjo reply.');
        return reply;
      }
      if (response.status === 404 && remoteId) {
        await options.conversations.unlink(request.conversationId);
        remoteId = undefined;
        continue;
      }
      if (response.status === 429) {
        const delay = retryAfterMs(response.headers.get('retry-after')) ?? wait;
        if (Date.now() - started + delay > busyBudgetMs) return 'busy';
        await sleep(delay, signal);
        wait = Math.min(wait * 2, 8000);
        continue;
      }
      const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
      const label = typeof code === 'string' ? ` (${code})` : '';
      const hint = response.status === 401 ? ': check the token of its integration' : '';
      throw new AgentError(`The remote agent answered HTTP ${response.status}${label}${hint}.`);
    }
  }

  async function* send(
    request: AgentRequest,
    { signal }: { signal: AbortSignal },
  ): AsyncGenerator<AgentEvent> {
    signal.throwIfAborted();
    const reply = await exchange(request, signal);
    if (reply === 'busy') {
      yield { type: 'text-delta', text: BUSY_TEXT };
      yield { type: 'finish', noAnswer: false };
      return;
    }
    if (reply.conversationId) await options.conversations.link(request.conversationId, reply.conversationId);
    if (reply.answers) yield { type: 'text-delta', text: reply.answers };
    if (reply.sources.length > 0) yield { type: 'sources', sources: reply.sources };
    if (reply.ticket) yield { type: 'ticket', ticket: reply.ticket };
    yield { type: 'finish', noAnswer: reply.answers.trim() === '' };
  }

  return { send };
}
