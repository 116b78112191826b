// Property fuzz over every public endpoint: whatever arrives, no 5xx, and every error is the envelope.
// FUZZ_RUNS=10000 npx vitest run test/security/public-fuzz.test.ts for the long run; CI runs 300 each.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN } from '../e2e/harness.js';
import { type SlackTestServer, startSlackServer } from '../e2e/slack-setup.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let slack: SlackTestServer;
let base: string;

beforeAll(async () => {
  slack = await startSlackServer({ FRONTDESK_TEAMS_EMULATOR: '1', FRONTDESK_RATE_LIMITS: 'off' });
  base = slack.server.url;
});
afterAll(async () => {
  await slack?.close();
});

/** Bodies an attacker might send: JSON of any shape (deep ones included), plausible objects, or junk text. */
const field = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 3 }),
);
const bodies = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        type: fc.oneof(
          fc.constantFrom('message', 'invoke', 'url_verification', 'event_callback'),
          fc.string(),
        ),
        serviceUrl: fc.oneof(fc.webUrl(), fc.string(), fc.constant('http://127.0.0.1.attacker.invalid/')),
        channelId: field,
        conversation: fc.oneof(fc.record({ id: field }), field),
        from: fc.oneof(fc.record({ id: field, role: field }), field),
        botId: fc.oneof(fc.constant('demo'), fc.string()),
        message: fc.oneof(fc.record({ text: field, conversationId: field }), field),
        visitorToken: field,
        text: field,
        ticketId: field,
        status: field,
        name: field,
        challenge: field,
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 2000 }),
  fc.integer({ min: 1, max: 200 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
);
const contentTypes = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/json; charset=utf-8',
);

interface Target {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
}

const TARGETS: Target[] = [
  { method: 'POST', path: '/widget/v1/sessions', headers: { Origin: 'http://127.0.0.1' } },
  { method: 'POST', path: '/widget/v1/messages', headers: { Origin: 'http://127.0.0.1' } },
  { method: 'POST', path: '/slack/events' },
  { method: 'POST', path: '/api/messages' },
  { method: 'POST', path: '/hooks/jira/int_missing' },
  { method: 'POST', path: '/hooks/webhook/int_missing' },
  { method: 'POST', path: '/v1/bots/demo/message', headers: { Authorization: `Bearer ${OWNER_TOKEN}` } },
  {
    method: 'POST',
    path: '/v1/bots/demo/message',
    headers: { Authorization: 'Bearer fd_forged_token_value' },
  },
];

async function checkAnswer(response: Response, what: string): Promise<void> {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) {
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body, what).toMatchObject({ success: false, status: response.status });
    expect(typeof body.code, what).toBe('string');
    expect(typeof body.message, what).toBe('string');
  }
}

describe('public endpoints under fuzzed input', () => {
  it.each(TARGETS.map((target) => [`${target.method} ${target.path}`, target] as const))(
    '%s: never a 5xx, errors in the envelope',
    async (_name, target) => {
      await fc.assert(
        fc.asyncProperty(bodies, contentTypes, async (body, contentType) => {
          const response = await fetch(`${base}${target.path}`, {
            method: target.method,
            headers: { 'Content-Type': contentType, ...target.headers },
            body,
          });
          await checkAnswer(response, `${target.path} <- ${body.slice(0, 200)}`);
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  it('GET routes with fuzzed paths and queries: never a 5xx, errors in the envelope', async () => {
    const prefixes = fc.constantFrom(
      '/widget/v1/conversations',
      '/widget/v1/conversations/',
      '/oauth/connectors/callback',
      '/kb/',
      '/healthz',
      '/v1/tickets',
    );
    await fc.assert(
      fc.asyncProperty(
        prefixes,
        fc.string({ maxLength: 100 }),
        fc.string({ maxLength: 100 }),
        async (prefix, tail, query) => {
          const url = `${base}${prefix}${encodeURIComponent(tail)}?code=${encodeURIComponent(query)}&state=${encodeURIComponent(tail)}`;
          const response = await fetch(url, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } });
          const type = response.headers.get('content-type') ?? '';
          if (response.status >= 400 && !type.includes('json')) {
            // Browser pages (the OAuth callback) answer errors as HTML pages, still never a 5xx.
            expect(response.status, url).toBeLessThan(500);
            await response.body?.cancel();
            return;
          }
          await checkAnswer(response, url);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
