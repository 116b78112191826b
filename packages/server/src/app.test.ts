// The app in-process: health, request ids, authentication and body limits.
import { createMemoryStore } from '@frontdesk/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectEnvelope, post, type TestApp, testApp } from './testing/app-test-kit.js';

describe('createApp', () => {
  let subject: TestApp;

  beforeEach(async () => {
    subject = await testApp();
  });

  describe('GET /healthz', () => {
    it('answers 200 while the store answers', async () => {
      const response = await subject.app.request('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('answers 503 when the store ping throws', async () => {
      const store = createMemoryStore();
      store.ping = async () => {
        throw new Error('database is locked');
      };
      const { app } = await testApp({ store });
      const response = await app.request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable' });
    });
  });

  describe('request ids', () => {
    it('sends a request id on every response, keeping a sane incoming one', async () => {
      const generated = await subject.app.request('/nope');
      expect(generated.headers.get('x-request-id')).toMatch(/^req_/);
      const kept = await subject.app.request('/healthz', { headers: { 'X-Request-Id': 'trace-123' } });
      expect(kept.headers.get('x-request-id')).toBe('trace-123');
      const replaced = await subject.app.request('/healthz', { headers: { 'X-Request-Id': 'x'.repeat(65) } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^req_/);
    });
  });

  it('answers an unknown route with a 404 envelope', async () => {
    await expectEnvelope(await subject.app.request('/no/such/route'), 404, 'not_found');
  });

  describe('authentication', () => {
    it('refuses a missing token with a 401 envelope', async () => {
      const response = await subject.app.request('/v1/bots/demo/message', {
        method: 'POST',
        body: '{"message":{"text":"hi"}}',
      });
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      await expectEnvelope(response, 401, 'authentication_error');
    });

    it('refuses a garbage token with a 401 envelope', async () => {
      await expectEnvelope(
        await subject.app.fetch(post('/v1/bots/demo/message', 'fd_garbage', '{"message":{"text":"hi"}}')),
        401,
        'authentication_error',
      );
      await expectEnvelope(
        await subject.app.request('/v1/tickets/tkt_1', { headers: { Authorization: 'Token abc' } }),
        401,
        'authentication_error',
      );
    });

    it('refuses a revoked token', async () => {
      const [record] = (await subject.store.listTokens()).filter((token) => token.name === 'test');
      await subject.store.revokeToken(record!.id, Date.now());
      await expectEnvelope(
        await subject.app.request('/v1/tickets/tkt_1', {
          headers: { Authorization: `Bearer ${subject.token}` },
        }),
        401,
        'authentication_error',
      );
    });
  });

  describe('body limit', () => {
    const big = JSON.stringify({ message: { text: 'x'.repeat(70 * 1024) } });

    it('refuses a body over 64 KB with a 413 envelope', async () => {
      const response = await subject.app.fetch(
        post('/v1/bots/demo/message', subject.token, big, { 'Content-Length': String(big.length) }),
      );
      await expectEnvelope(response, 413, 'invalid_request_error');
    });

    it('counts a body sent without Content-Length', async () => {
      const stream = new Blob([big]).stream();
      const request = new Request('http://localhost/v1/bots/demo/message', {
        method: 'POST',
        headers: { Authorization: `Bearer ${subject.token}`, 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      await expectEnvelope(await subject.app.fetch(request), 413, 'invalid_request_error');
    });
  });

  it('describes the API at /openapi.json', async () => {
    const response = await subject.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = JSON.parse(await response.text()) as {
      openapi: string;
      paths: Record<string, { post?: { requestBody: unknown; responses: Record<string, unknown> } }>;
      components: { securitySchemes: Record<string, { scheme: string }>; schemas: Record<string, unknown> };
      servers: Array<{ url: string }>;
    };
    expect(document.openapi).toBe('3.1.0');
    const operation = document.paths['/v1/bots/{botId}/message']?.post;
    expect(operation?.requestBody).toBeDefined();
    expect(Object.keys(operation?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '429']),
    );
    expect(document.components.securitySchemes.bearerAuth?.scheme).toBe('bearer');
    expect(JSON.stringify(document.components.schemas.MessageRequest)).toContain('"text"');
    expect(document.servers[0]?.url).toBe('https://help.example.com');
  });
});
