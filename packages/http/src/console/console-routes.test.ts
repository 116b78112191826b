// `/console`: the page with a strict CSP, the bundle with an ETag, and a clear answer when it is not built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console-routes.js';

const dir = mkdtempSync(join(tmpdir(), 'frontdesk-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console routes', () => {
  it('serves the page, which runs only same-origin scripts', async () => {
    const response = await consoleRoutes(join(dir, 'none.js')).request('/console');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script type="module" src="/console/console.js"></script>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves the bundle with an ETag and answers 304 to it', async () => {
    const file = join(dir, 'console.js');
    writeFileSync(file, 'console.log(1);');
    const routes = consoleRoutes(file);
    const first = await routes.request('/console/console.js');
    expect(await first.text()).toBe('console.log(1);');
    const etag = first.headers.get('etag') ?? '';
    const again = await routes.request('/console/console.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('sends the bundle brotli- or gzip-compressed as the browser asks, with an ETag per encoding', async () => {
    const file = join(dir, 'big.js');
    const source = `${'export const greeting = "hello, frontdesk";\n'.repeat(400)}`;
    writeFileSync(file, source);
    const routes = consoleRoutes(file);
    const get = (headers: Record<string, string>) => routes.request('/console/console.js', { headers });

    const br = await get({ 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(brBody.length).toBeLessThan(source.length / 10);
    expect(brotliDecompressSync(brBody).toString()).toBe(source);

    const gzip = await get({ 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(source);

    const plain = await get({});
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(source);

    const etags = new Set([br, gzip, plain].map((response) => response.headers.get('etag')));
    expect(etags.size).toBe(3);
    const revalidated = await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': gzip.headers.get('etag')! });
    expect(revalidated.status).toBe(304);
  });

  it('loads the entry by its plain address (chunks import it so) and serves chunks for good', async () => {
    const chunkDir = mkdtempSync(join(tmpdir(), 'frontdesk-console-chunks-'));
    mkdirSync(join(chunkDir, 'chunks'));
    writeFileSync(join(chunkDir, 'console.js'), 'import("./chunks/bots-AbC123.js");');
    writeFileSync(join(chunkDir, 'chunks', 'bots-AbC123.js'), 'export const bots = 1;');
    const routes = consoleRoutes(join(chunkDir, 'console.js'));
    const html = await (await routes.request('/console')).text();
    expect(/<script type="module" src="([^"]+)"/.exec(html)?.[1]).toBe('/console/console.js');
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
    const entry = await routes.request('/console/console.js');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = await routes.request('/console/chunks/bots-AbC123.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toContain('text/javascript');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await chunk.text()).toBe('export const bots = 1;');
    expect((await routes.request('/console/chunks/missing-1.js')).status).toBe(404);
    expect((await routes.request('/console/chunks/..%2Fconsole.js')).status).toBe(404);
    rmSync(chunkDir, { recursive: true, force: true });
  });

  it('says how to build it when the bundle is missing', async () => {
    const response = await consoleRoutes(join(dir, 'missing.js')).request('/console/console.js');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
