import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { describe, expect, it } from 'vitest';

const MINE = [
  '/v1/tokens',
  '/v1/me',
  '/v1/workspaces',
  '/v1/members',
  '/v1/roles',
  '/v1/groups',
  '/v1/permissions',
  '/v1/logs',
  '/v1/integrations/types',
];

describe('/openapi.json for tokens, workspaces, members, roles, groups, logs and integration types', () => {
  it('documents every such route the app serves, with the method it serves', async () => {
    const { app } = await adminTestApp();
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const missing: string[] = [];
    for (const route of app.routes) {
      if (
        route.method === 'ALL' ||
        !MINE.some((prefix) => route.path === prefix || route.path.startsWith(`${prefix}/`))
      )
        continue;
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      if (!document.paths[path]?.[route.method.toLowerCase()]) missing.push(`${route.method} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('takes the token body from the zod schema the route validates with', async () => {
    const { app } = await adminTestApp();
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<
        string,
        { post: { requestBody: { content: Record<string, { schema: { properties: object } }> } } }
      >;
    };
    const schema = document.paths['/v1/tokens']?.post.requestBody.content['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'role', 'memberId', 'expiresAt']),
    );
  });
});
