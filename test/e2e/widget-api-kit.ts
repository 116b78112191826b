// Shared by the widget API suites: a server with an allowed site and an identity secret (started by
// the importing file's beforeAll), and calls as the widget makes them.
// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

export const SITE = 'https://shop.example.com';
export const SECRET = 'identity-secret-0123456789';

export let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const demo = await server.store.getBot('ws_default', 'demo');
  await server.saveBot({
    id: 'demo',
    settings: { ...demo!.settings, widget: { ...demo!.settings.widget, allowedOrigins: [SITE] } },
  });
  await server.saveBot({
    id: 'verified',
    name: 'Verified',
    settings: {
      ...demo!.settings,
      widget: {
        ...demo!.settings.widget,
        allowedOrigins: [SITE],
        identity: { secret: SECRET, required: true },
      },
    },
  });
});

afterAll(() => server.close());

export function widget(path: string, init: RequestInit & { token?: string; origin?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: init.origin ?? SITE };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  return fetch(`${server.url}/widget/v1${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as object) },
  });
}

export async function session(body: object = { botId: 'demo' }, origin = SITE) {
  const response = await widget('/sessions', { method: 'POST', body: JSON.stringify(body), origin });
  return { response, json: (await response.json()) as any };
}
