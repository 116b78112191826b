// The widget API as a page on another site calls it: `/widget/v1/…` with the site's Origin and, once
// it has one, the visitor's token.
import type { TestServer } from './harness.js';

/** The site the tests embed the widget on (allow it with `changeDemoWidget`, see demo-widget.ts). */
export const SITE = 'https://shop.example.com';

export function siteWidget(server: TestServer) {
  /** Calls `/widget/v1{path}` from SITE; `token` is the visitor's (or staff's) bearer token. */
  const call = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${server.url}/widget/v1${path}`, {
      ...init,
      headers: {
        Origin: SITE,
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...(init.headers as object),
      },
    });
  return {
    call,
    /** Opens a session for the demo bot; returns the visitor's token. */
    async visitor(): Promise<string> {
      const response = await call('/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ botId: 'demo' }),
      });
      return ((await response.json()) as { data: { visitorToken: string } }).data.visitorToken;
    },
  };
}
