// The app over HTTP in-process: pages, the knowledge base, the agent endpoint through the whole stack.
import type { AgentClient, Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createLogger } from '@frontdesk/services/logger';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectEnvelope, post, type TestApp, testApp } from './testing/app-test-kit.js';

describe('createApp', () => {
  let subject: TestApp;

  beforeEach(async () => {
    subject = await testApp();
  });

  describe('the message route', () => {
    it('answers through the whole stack', async () => {
      const response = await subject.app.fetch(
        post('/v1/bots/demo/message', subject.token, '{"message":{"text":"hello there"}}'),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        success: boolean;
        data: { answers: string; conversationId: string };
      };
      expect(body.success).toBe(true);
      expect(body.data.answers).toContain('hello there');
      expect(response.headers.get('ratelimit-limit')).toBe('10');
    });

    it('answers an unexpected error with a 500 server_error, logged with the request id', async () => {
      const lines: string[] = [];
      const logger = createLogger({
        level: 'error',
        destination: { write: (line: string) => lines.push(line) },
      });
      // The store fails once the app is up: every bot lookup throws with an internal detail.
      const memory = createMemoryStore();
      let broken = false;
      const store: Store = {
        ...memory,
        getBot: (...args) =>
          broken ? Promise.reject(new Error('secret internal detail')) : memory.getBot(...args),
      };
      const { app, token } = await testApp({ store, logger });
      broken = true;
      const response = await app.fetch(
        post('/v1/bots/demo/message', token, '{"message":{"text":"hello"}}', {
          'X-Request-Id': 'req-42',
        }),
      );
      await expectEnvelope(response.clone(), 500, 'server_error');
      expect(await response.text()).not.toContain('secret internal detail');
      const logged = lines.map(
        (line) => JSON.parse(line) as { requestId?: string; err?: { message: string } },
      );
      expect(
        logged.some((line) => line.requestId === 'req-42' && line.err?.message === 'secret internal detail'),
      ).toBe(true);
    });

    it('answers with no detail when the agent fails', async () => {
      const failing: AgentClient = {
        // biome-ignore lint/correctness/useYield: it fails before its first event
        async *send() {
          throw new Error('secret internal detail');
        },
      };
      const { app, token } = await testApp({ agent: failing });
      const response = await app.fetch(post('/v1/bots/demo/message', token, '{"message":{"text":"hello"}}'));
      expect(response.status).toBeGreaterThanOrEqual(500);
      const text = await response.text();
      expect(text).not.toContain('secret internal detail');
      expect(text).not.toContain('at ');
      expect(JSON.parse(text)).toMatchObject({ success: false });
    });
  });

  describe('pages', () => {
    it('serves a home page with a curl example for this server and no token', async () => {
      const response = await subject.app.request('/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await response.text();
      expect(html).toContain('curl https://help.example.com/v1/bots/demo/message');
      expect(html).not.toContain(subject.token);
      expect(html).not.toMatch(/fd_[A-Za-z0-9_-]{20,}/);
    });

    it('lists the articles under /kb', async () => {
      const response = await subject.app.request('/kb');
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<a href="/kb/reset-your-password">Reset your password</a>');
      expect(html).toContain('Refunds &lt;fast&gt;');
      expect(html).not.toContain('<fast>');
    });

    it('renders an article with anchors on its headings and nothing executable', async () => {
      const response = await subject.app.request('/kb/reset-your-password');
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<h2 id="reset-your-password-on-the-web">');
      expect(html).toContain('<h2 id="the-reset-email-didnt-arrive">');
      expect(html).toContain('href="/kb/reset-your-password#the-reset-email-didnt-arrive"');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toContain('javascript:');
    });

    it('serves articles in sub-folders', async () => {
      const response = await subject.app.request('/kb/billing/refunds');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Refunds take 5 days.');
    });

    it('answers an unknown article with 404, as a page for browsers', async () => {
      await expectEnvelope(await subject.app.request('/kb/no-such-article'), 404, 'not_found');
      const page = await subject.app.request('/kb/%3Cb%3E', { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(404);
      const html = await page.text();
      expect(html).toContain('Article not found');
      expect(html).not.toContain('<b>');
    });
  });
});
