// The real server's scripts and icon as a browser fetches them: compressed as asked, revalidated, cached by version.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A raw GET (fetch would decompress and hide the encoding): status, headers and the bytes on the wire. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    bytes: number;
  }>((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static assets', () => {
  it('sends widget.js brotli- or gzip-compressed as the browser asks, and plain otherwise', async () => {
    const plain = await get('/widget.js');
    const gzip = await get('/widget.js', { 'Accept-Encoding': 'gzip, deflate' });
    const br = await get('/widget.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
    expect(br.bytes).toBeLessThan(gzip.bytes);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    const again = await get('/widget.js', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('serves the console entry revalidated by its ETag, and its screens as chunks cached for a year', async () => {
    const page = await (await fetch(`${server.url}/console`)).text();
    const src = /<script[^>]* src="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(src).toBe('/console/console.js');
    const script = await get(src, { 'Accept-Encoding': 'br' });
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('no-cache');
    expect(script.headers['content-encoding']).toBe('br');
    const again = await get(src, { 'Accept-Encoding': 'br', 'If-None-Match': String(script.headers.etag) });
    expect(again.status).toBe(304);
    const body = await (await fetch(`${server.url}${src}`)).text();
    const chunk = /chunks\/([A-Za-z0-9_-]+\.js)/.exec(body)?.[1];
    expect(chunk).toBeDefined();
    const screen = await get(`/console/chunks/${chunk}`, { 'Accept-Encoding': 'gzip' });
    expect(screen.status).toBe(200);
    expect(screen.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/console/chunks/..%2Fconsole.js')).status).toBe(404);
  });

  it('serves a favicon that every page links to', async () => {
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    for (const path of ['/', '/kb', '/console']) {
      expect(await (await fetch(`${server.url}${path}`)).text()).toContain(
        '<link rel="icon" href="/favicon.ico"',
      );
    }
  });
});
