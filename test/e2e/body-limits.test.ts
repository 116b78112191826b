// Body limits on every route, chunked bodies included, and JSON nested too deep: an envelope, never a 500.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { type SlackTestServer, startSlackServer } from './slack-setup.js';

let slack: SlackTestServer;

beforeAll(async () => {
  slack = await startSlackServer({ FRONTDESK_TEAMS_EMULATOR: '1' });
});
afterAll(async () => {
  await slack?.close();
});

/**
 * Streams a chunked body of up to 8 MiB and stops as soon as an answer comes: a server that
 * buffered the whole body could only answer after the last chunk.
 */
function streamChunked(url: string): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 32);
    let sentBytes = 0;
    let answered = false;
    const outgoing = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    outgoing.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (data) => (body += data));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sentBytes });
        outgoing.destroy();
      });
    });
    outgoing.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sentBytes < 8 * 1024 * 1024) {
        sentBytes += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
      }
      if (!answered) outgoing.end();
    };
    outgoing.write('{"text":"');
    pump();
  });
}

describe('body limits', () => {
  it.each(['/slack/events', '/api/messages', '/widget/v1/session', '/hooks/webhook/int_x'])(
    'answers a chunked body over the limit on %s with a 413 envelope before it ends',
    async (path) => {
      const answer = await streamChunked(`${slack.server.url}${path}`);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({
        success: false,
        code: 'invalid_request_error',
        status: 413,
      });
      expect(answer.sentBytes).toBeLessThan(8 * 1024 * 1024);
    },
  );

  it('refuses JSON nested deeper than 64 levels with a 400 in merge patch and the message route', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const raw = `{"settings":{"widget":${deep}}}`;
    const patched = await fetch(`${slack.server.url}/v1/bots/demo`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: raw,
    });
    expect(patched.status).toBe(400);
    expect(await patched.json()).toMatchObject({
      success: false,
      message: expect.stringMatching(/64 levels/),
    });
    const message = await fetch(`${slack.server.url}/v1/bots/demo/message`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: `{"message":${deep}}`,
    });
    expect(message.status).toBe(400);
    // Shallow bodies still work.
    expect((await api(slack.server, OWNER_TOKEN, 'PATCH', '/v1/bots/demo', { name: 'Demo' })).status).toBe(
      200,
    );
  });
});
