import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy.js';
import { assertAllowedTarget, createOutboundFetch } from './outbound-fetch.js';

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/ok') return response.end('{"fine":true}');
    if (request.url === '/same-host') {
      response.writeHead(302, { location: '/ok' });
      return response.end();
    }
    if (request.url === '/other-host') {
      response.writeHead(302, { location: `http://localhost:${port}/ok` });
      return response.end();
    }
    if (request.url === '/huge') {
      // Chunked, no content-length: the limit must apply while reading.
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 97);
      let sent = 0;
      const more = () => {
        while (sent < 200 && response.write(chunk)) sent++;
        if (sent < 200) response.once('drain', more);
        else response.end();
      };
      return more();
    }
    if (request.url === '/slow') return setTimeout(() => response.end('late'), 2000);
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const strict = createAddressPolicy('');
const loopback = createAddressPolicy('loopback');

describe('createOutboundFetch', () => {
  it('reaches an allowed target and returns its body', async () => {
    const fetch = createOutboundFetch({ policy: loopback });
    expect(await (await fetch(`${base}/ok`)).json()).toEqual({ fine: true });
  });

  it.each([
    'http://127.0.0.1:1/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.1/',
    'http://0.0.0.0/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::1]/',
    'http://10.0.0.1/',
    'http://100.64.0.1/',
    'http://192.168.1.1/',
  ])('refuses %s without connecting', async (url) => {
    const fetch = createOutboundFetch({ policy: strict });
    await expect(fetch(url)).rejects.toMatchObject({ code: 'target_refused' });
  });

  it('refuses a host name that resolves to loopback, at connect time', async () => {
    const fetch = createOutboundFetch({ policy: strict });
    await expect(fetch(`http://localhost:${port}/ok`)).rejects.toMatchObject({ code: 'target_refused' });
  });

  it('follows a redirect on the same host but not to another host', async () => {
    const fetch = createOutboundFetch({ policy: loopback });
    expect((await fetch(`${base}/same-host`)).status).toBe(200);
    await expect(fetch(`${base}/other-host`)).rejects.toMatchObject({ code: 'redirect_refused' });
  });

  it('fails a response larger than the limit while reading it', async () => {
    const fetch = createOutboundFetch({ policy: loopback, maxResponseBytes: 1024 * 1024 });
    const response = await fetch(`${base}/huge`);
    await expect(response.text()).rejects.toMatchObject({ code: 'response_too_large' });
  });

  it('gives up after the timeout with a timeout error', async () => {
    const fetch = createOutboundFetch({ policy: loopback, timeoutMs: 200 });
    await expect(fetch(`${base}/slow`)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('says the same thing for a closed port and an unknown host (no port scanner)', async () => {
    const fetch = createOutboundFetch({ policy: createAddressPolicy('*') });
    const closed = await fetch('http://127.0.0.1:1/').catch((error: Error) => error);
    const unknown = await fetch('http://no-such-host.invalid/').catch((error: Error) => error);
    expect(closed).toMatchObject({ code: 'unreachable' });
    expect(unknown).toMatchObject({ code: 'unreachable' });
    expect((closed as Error).message).toBe((unknown as Error).message);
  });

  it('refuses schemes other than http and https', async () => {
    const fetch = createOutboundFetch({ policy: loopback });
    await expect(fetch('file:///etc/passwd')).rejects.toMatchObject({ code: 'invalid_url' });
  });
});

describe('assertAllowedTarget', () => {
  it('resolves the host: a name that only looks local-prefixed is checked by its address', async () => {
    await expect(assertAllowedTarget('http://127.0.0.1.nip.invalid/', loopback)).rejects.toMatchObject({
      code: 'unreachable',
    });
    await expect(assertAllowedTarget('http://localhost:3978/', strict)).rejects.toMatchObject({
      code: 'target_refused',
    });
    await expect(assertAllowedTarget('http://localhost:3978/', loopback)).resolves.toBeInstanceOf(URL);
  });
});

describe('createAddressPolicy', () => {
  it('allows public unicast, refuses the special ranges, and honours the allow list', () => {
    expect(strict.allows('93.184.216.34')).toBe(true);
    expect(strict.allows('2606:2800:220:1::1')).toBe(true);
    expect(strict.allows('127.0.0.1')).toBe(false);
    expect(createAddressPolicy('10.0.0.0/8').allows('10.1.2.3')).toBe(true);
    expect(createAddressPolicy('10.0.0.0/8').allows('192.168.0.1')).toBe(false);
    expect(loopback.allows('::ffff:127.0.0.1')).toBe(true);
    expect(() => createAddressPolicy('nonsense')).toThrow(/FRONTDESK_ALLOW_PRIVATE_TARGETS/);
  });
});
