import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeAll, describe, expect, it } from 'vitest';

describe('/openapi.json for the bot and session routes', () => {
  let document: {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }
      >
    >;
  };
  beforeAll(async () => {
    const { app } = await adminTestApp();
    document = (await (await app.request('/openapi.json')).json()) as typeof document;
  });

  it('describes every bot and session route', () => {
    for (const [path, methods] of [
      ['/v1/bots', ['get', 'post']],
      ['/v1/bots/{botId}', ['get', 'patch', 'delete']],
      ['/v1/bots/{botId}/rules', ['get', 'put']],
      ['/v1/bots/{botId}/enable', ['post']],
      ['/v1/sessions', ['get']],
      ['/v1/sessions/{id}', ['get', 'delete']],
      ['/v1/sessions/{id}/pause', ['post']],
    ] as const) {
      expect(Object.keys(document.paths[path] ?? {})).toEqual(expect.arrayContaining([...methods]));
    }
  });

  it('takes the rules body from the zod schema the route validates with', () => {
    const schema =
      document.paths['/v1/bots/{botId}/rules']?.put?.requestBody?.content['application/json']?.schema;
    expect(schema?.properties?.triggerOperator).toMatchObject({
      enum: ['equals', 'contains', 'startsWith', 'endsWith', 'regex'],
    });
    expect(Object.keys(schema?.properties ?? {})).toEqual(
      expect.arrayContaining(['keywordFinish', 'expire', 'debounceTime', 'stopBotFromMe', 'ignore']),
    );
  });
});
