// The seed documents' own example bodies (shared/seeds), and a small client for the conformance tests.
import { OWNER_TOKEN, type TestServer } from '../e2e/harness.js';

/** The Evolution-style "Create OpenAI bot" example body, as the seed prints it. */
export const seedOpenAiBotBody = {
  enabled: true,
  openaiCredsId: 'creds_123',
  botType: 'assistant',
  assistantId: 'asst_123',
  functionUrl: 'https://example.com/functions',
  model: 'gpt-4o',
  systemMessages: ['You are a helpful restaurant assistant'],
  assistantMessages: ['Hello! How can I help you today?'],
  userMessages: ['Hi', 'Hello'],
  maxTokens: 1000,
  triggerType: 'keyword',
  triggerOperator: 'equals',
  triggerValue: 'start',
  expire: 3600,
  keywordFinish: 'stop',
  delayMessage: 1000,
  unknownMessage: 'I dont understand. Please try again.',
  listeningFromMe: false,
  stopBotFromMe: true,
  keepOpen: true,
  debounceTime: 500,
  ignoreJids: [],
};

/** The Enjo "send a message" example body. */
export const seedMessageBody = {
  message: { text: 'Request for ticket generation', conversationId: 'conversationId' },
};

/** The Enspace "Create OpenAI integration" example body. */
export const seedIntegrationBody = {
  integration: 7,
  data: { environment: 'stage', changeKeys: false },
};

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
export type Json = any;

/** One JSON request with the owner token (or `token`); the parsed body alongside the response. */
export async function call(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  token = OWNER_TOKEN,
): Promise<{ status: number; body: Json; response: Response }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, response };
}
