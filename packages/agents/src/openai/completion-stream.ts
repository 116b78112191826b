/** Reads one streamed chat completion: text deltas as they come, tool calls assembled at the end. */
import { AgentError } from '@frontdesk/core';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';

export interface StreamedToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What a finished stream produced besides its text deltas. */
export interface StreamOutcome {
  text: string;
  toolCalls: StreamedToolCall[];
}

/**
 * Streams a completion, yielding each text delta; returns the whole text and the tool calls
 * (their JSON arguments arrive in fragments, keyed by index). SDK failures become AgentErrors.
 */
export async function* streamCompletion(
  client: OpenAI,
  params: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
  signal: AbortSignal,
): AsyncGenerator<string, StreamOutcome> {
  const calls = new Map<number, StreamedToolCall>();
  let text = '';
  try {
    const stream = await client.chat.completions.create({ ...params, stream: true }, { signal });
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      if (!delta) continue;
      if (delta.content) {
        text += delta.content;
        yield delta.content;
      }
      for (const call of delta.tool_calls ?? []) {
        const known = calls.get(call.index) ?? { id: '', name: '', arguments: '' };
        if (call.id) known.id = call.id;
        if (call.function?.name) known.name += call.function.name;
        if (call.function?.arguments) known.arguments += call.function.arguments;
        calls.set(call.index, known);
      }
    }
  } catch (error) {
    throw toAgentError(error, signal);
  }
  // The SDK ends an aborted stream quietly; a half answer must not pass as a whole one.
  signal.throwIfAborted();
  const toolCalls = [...calls.entries()]
    .sort(([left], [right]) => left - right)
    .map(([index, call]) => ({ ...call, id: call.id || `call_${index}` }));
  return { text, toolCalls };
}

/** Maps an SDK failure to an AgentError that names the status but never the request or key. */
export function toAgentError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof AgentError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AgentError('The language model did not answer in time.', { timeout: true, cause: error });
  }
  if (error instanceof OpenAI.APIUserAbortError) return error;
  if (error instanceof OpenAI.APIError && error.status !== undefined) {
    const hint = error.status === 401 ? ' (check the API key of the integration)' : '';
    return new AgentError(`The language model answered HTTP ${error.status}${hint}.`, { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AgentError('The language model cannot be reached.', { cause: error });
  }
  return new AgentError('The language model failed to answer.', { cause: error });
}
