import { describe, expect, it } from 'vitest';
import { faviconRoutes } from './favicon.js';

describe('favicon', () => {
  it('serves an icon file at /favicon.ico, revalidated by ETag', async () => {
    const routes = faviconRoutes();
    const response = await routes.request('/favicon.ico');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const body = new Uint8Array(await response.arrayBuffer());
    // An ICO header (reserved 0, type 1) holding one image.
    expect([...body.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    const again = await routes.request('/favicon.ico', {
      headers: { 'If-None-Match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });
});
