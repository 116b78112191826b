/** Shared by the app suites: the production runtime and wiring over a memory store, an echo agent and two articles. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, parseArticle } from '@frontdesk/agents';
import type { AgentClient, Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { createLogger } from '@frontdesk/services/logger';
import { createMemoryRateLimiter } from '@frontdesk/services/rate-limiter';
import { createRuntime, type Runtime } from '@frontdesk/services/runtime/runtime';
import { loadSettings } from '@frontdesk/services/settings/config';
import { expect } from 'vitest';
import type { createApp } from '../app.js';
import { composeApp } from '../compose.js';

export const ARTICLES: Article[] = [
  parseArticle(
    'reset-your-password',
    [
      '---',
      'title: Reset your password',
      'summary: How to reset a forgotten password.',
      '---',
      'Forgot it? <script>alert(1)</script> Read on.',
      '',
      '## Reset your password on the web',
      '',
      'Click [Forgot password?](/kb/reset-your-password#the-reset-email-didnt-arrive) or [this](javascript:alert(1)).',
      '',
      "## The reset email didn't arrive",
      '',
      'Wait ten minutes.',
    ].join('\n'),
  ),
  parseArticle(
    'billing/refunds',
    '---\ntitle: Refunds <fast>\nsummary: Refund rules.\n---\nRefunds take 5 days.\n',
  ),
];

/** An agent that answers at once, so HTTP tests exercise the whole stack without retrieval. */
export const echoAgent: AgentClient = {
  async *send(request) {
    yield { type: 'text-delta', text: `You said: ${request.text}` };
    yield { type: 'finish', noAnswer: false };
  },
};

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  token: string;
  runtime: Runtime;
}

/** The production runtime and wiring over an in-memory store, an echo agent and the demo articles. */
export async function testApp(
  overrides: { store?: Store; agent?: AgentClient; logger?: ReturnType<typeof createLogger> } = {},
): Promise<TestApp> {
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'frontdesk-app-test-')),
    FRONTDESK_KNOWLEDGE_DIR: '/unused',
    FRONTDESK_PUBLIC_URL: 'https://help.example.com',
  });
  const runtime = await createRuntime(settings, {
    store: overrides.store ?? createMemoryStore(),
    logger: overrides.logger ?? createLogger({ level: 'silent' }),
    rateLimiter: createMemoryRateLimiter(),
    secretKey: randomBytes(32),
    agentFor: () => overrides.agent ?? echoAgent,
    knowledge: { articles: () => ARTICLES },
    print: () => {},
  });
  const { token } = await createToken(
    runtime.store,
    { workspaceId: 'ws_default', name: 'test', role: 'admin' },
    runtime,
  );
  return { app: composeApp(runtime).app, store: runtime.store, token, runtime };
}

export function post(
  path: string,
  token: string,
  body: string,
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body,
  });
}

export async function expectEnvelope(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ success: false, code, status });
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
}
