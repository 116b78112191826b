// `/console`: the page with a strict CSP, the bundle with an ETag, and a clear answer when it is not built.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console-routes.js';

const dir = mkdtempSync(join(tmpdir(), 'frontdesk-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console routes', () => {
  it('serves the page, which runs only same-origin scripts', async () => {
    const response = await consoleRoutes(join(dir, 'none.js')).request('/console');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script src="/console/console.js" defer></script>');
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

  it('says how to build it when the bundle is missing', async () => {
    const response = await consoleRoutes(join(dir, 'missing.js')).request('/console/console.js');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
