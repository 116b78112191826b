// Shared by the Teams suites: activity fixtures pointed at the fake Bot Connector, and a scripted agent.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgentClient, AgentEvent, AgentRequest } from '@frontdesk/core';

const FIXTURES = fileURLToPath(new URL('../fixtures/teams/', import.meta.url));

/** A fixture with `{{name}}` placeholders filled in (always `serviceUrl`). */
export function activity(
  name: string,
  values: Record<string, string>,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  let text = readFileSync(`${FIXTURES}${name}.json`, 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`{{${key}}}`, value);
  return { ...JSON.parse(text), ...changes };
}

/** An agent that answers in chunks with a pause between them, and remembers what it was asked. */
export function scriptedAgent(options: { chunks?: string[]; delayMs?: number } = {}): AgentClient & {
  requests: AgentRequest[];
  /** The pause before each chunk; tests may change it between messages. */
  options: { chunks?: string[]; delayMs?: number };
} {
  const requests: AgentRequest[] = [];
  return {
    requests,
    options,
    async *send(request): AsyncIterable<AgentEvent> {
      requests.push(request);
      const chunks = options.chunks ?? [
        'Open **Settings**, ',
        'choose *Reset password* ',
        'and follow the email.',
      ];
      for (const chunk of chunks) {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        yield { type: 'text-delta', text: chunk };
      }
      yield {
        type: 'sources',
        sources: [
          {
            type: 'knowledge_base',
            name: 'Reset your password',
            score: 0.93,
            url: 'https://help.example.com/reset',
          },
          { type: 'knowledge_base', name: 'Account [security]', score: 0.41, url: 'javascript:alert(1)' },
        ],
      };
      yield { type: 'finish', noAnswer: false };
    },
  };
}

/** POSTs an activity to the server's Teams endpoint. */
export function postActivity(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
