/**
 * An HTTP function the openai agent may call as a tool (the seed's `functionUrl`): the model's
 * arguments are POSTed as JSON, signed with HMAC-SHA256 when a secret is set, under a time limit;
 * the answer goes back to the model as the tool result. The fetch comes from the caller, so the
 * server can hand in its outbound client (address policy, size limits).
 */
import { createHmac } from 'node:crypto';
import type { ChatCompletionTool } from 'openai/resources/chat/completions';

export type FunctionFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpFunctionOptions {
  url: string;
  /** The tool name the model sees. */
  name: string;
  description: string;
  /** JSON schema of the arguments. */
  parameters: Record<string, unknown>;
  timeoutMs: number;
  /** Signs each request: `X-Frontdesk-Signature: sha256=hex(HMAC(secret, "{timestamp}.{body}"))`. */
  secret?: string;
  fetch: FunctionFetch;
  now?: () => number;
}

export interface HttpFunction {
  name: string;
  tool: ChatCompletionTool;
  /** The text the model gets back: the function's answer, or why it failed. */
  call(argumentsJson: string, context: { conversationId: string; signal: AbortSignal }): Promise<string>;
}

/** Longest function answer passed to the model, in characters. */
const MAX_RESULT = 8000;

/** The signature headers for `body`, sent when a secret is configured. */
export function functionSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function createHttpFunction(options: HttpFunctionOptions): HttpFunction {
  const now = options.now ?? Date.now;
  return {
    name: options.name,
    tool: {
      type: 'function',
      function: { name: options.name, description: options.description, parameters: options.parameters },
    },
    async call(argumentsJson, context) {
      let args: unknown;
      try {
        args = JSON.parse(argumentsJson || '{}');
      } catch {
        return `The arguments of ${options.name} were not valid JSON.`;
      }
      const body = JSON.stringify({
        name: options.name,
        arguments: args,
        conversationId: context.conversationId,
      });
      const timestamp = Math.floor(now() / 1000);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Frontdesk-Timestamp': String(timestamp),
        ...(options.secret
          ? { 'X-Frontdesk-Signature': functionSignature(options.secret, timestamp, body) }
          : {}),
      };
      const signal = AbortSignal.any([context.signal, AbortSignal.timeout(options.timeoutMs)]);
      try {
        const response = await options.fetch(options.url, {
          method: 'POST',
          headers,
          body,
          signal,
          redirect: 'error',
        });
        const text = (await response.text()).slice(0, MAX_RESULT);
        if (!response.ok) return `The function ${options.name} failed with HTTP ${response.status}: ${text}`;
        return text || `The function ${options.name} returned nothing.`;
      } catch (error) {
        if (context.signal.aborted) throw context.signal.reason;
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return timedOut
          ? `The function ${options.name} did not answer within ${options.timeoutMs} ms.`
          : `The function ${options.name} could not be reached.`;
      }
    },
  };
}
