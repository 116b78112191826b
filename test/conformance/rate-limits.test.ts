// Item 8: rate limits count per client IP across a workspace's bots (the seed: "per ip"); a bot may keep its own budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call } from './seed.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { FRONTDESK_RATE_LIMITS: '3/60s' } });
  for (const id of ['first', 'second', 'own']) {
    await call(server, 'POST', '/v1/bots', {
      id,
      name: id,
      agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
      ...(id === 'own' ? { settings: { rateLimitScope: 'bot' } } : {}),
    });
  }
});
afterAll(async () => {
  await server?.close();
});

const ask = (botId: string) =>
  call(server, 'POST', `/v1/bots/${botId}/message`, { message: { text: 'hello' } });

describe('rate limits per client IP', () => {
  it("share one budget across the workspace's bots by default", async () => {
    expect((await ask('first')).status).toBe(200);
    expect((await ask('first')).status).toBe(200);
    expect((await ask('second')).status).toBe(200);
    const refused = await ask('second');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limit_error');
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('give a bot with rateLimitScope "bot" its own budget', async () => {
    expect((await ask('own')).status).toBe(200);
    expect((await ask('own')).status).toBe(200);
    expect((await ask('own')).status).toBe(200);
    expect((await ask('own')).status).toBe(429);
  });
});
