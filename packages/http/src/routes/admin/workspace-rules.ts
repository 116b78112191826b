/** `/v1/settings/rules`: the rules every bot of the workspace starts from (the seed's "settings"); a bot's own rules override them. */
import { botRulesSchema, botRulesShape, NotFoundError, type Store, ValidationError } from '@frontdesk/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { describe, errorResponses, jsonBody, ok, writeErrors } from '../../openapi/helpers.js';
import { requirePermission } from '../../permissions.js';
import { readBody } from '../admin-request.js';

const ruleKeys = Object.keys(botRulesShape) as (keyof typeof botRulesShape)[];

/** Any subset of the rules; checked after merging with the built-in defaults. */
export const workspaceRulesBodySchema = z.strictObject(
  Object.fromEntries(ruleKeys.map((key) => [key, z.unknown().optional()])),
);

/** The same body as `/openapi.json` documents it. */
export const workspaceRulesDocSchema = z.strictObject(botRulesShape).partial();

const rulesAnswer = ok('The default rules.', workspaceRulesDocSchema);

const describeRules = {
  get: describe({
    operationId: 'getWorkspaceRules',
    summary: "The workspace's default rules (the seed's settings): the rules a bot did not set itself",
    responses: { '200': rulesAnswer, ...errorResponses() },
  }),
  put: describe({
    operationId: 'setWorkspaceRules',
    summary: "Replace the workspace's default rules; every bot's own rules override them",
    requestBody: jsonBody(workspaceRulesDocSchema),
    responses: { '200': rulesAnswer, ...writeErrors() },
  }),
  patch: describe({
    operationId: 'updateWorkspaceRules',
    summary: 'Change the named default rules (`null` removes one)',
    requestBody: jsonBody(workspaceRulesDocSchema),
    responses: { '200': rulesAnswer, ...writeErrors() },
  }),
};

/** The routes under `/v1/settings`. */
export function workspaceRulesRoutes(deps: { store: Store }): Hono<AppEnv> {
  const { store } = deps;
  const routes = new Hono<AppEnv>();

  async function defaults(workspaceId: string): Promise<Record<string, unknown>> {
    const workspace = await store.getWorkspace(workspaceId);
    if (!workspace) throw new NotFoundError('No such workspace.');
    return workspace.defaultRules ?? {};
  }

  routes.get('/rules', describeRules.get, async (context) => {
    requirePermission(context, 'bots', 'read');
    return context.json({ success: true, data: await defaults(context.get('token').workspaceId) });
  });

  // PUT replaces the defaults, PATCH changes the named ones; `null` in a PATCH removes one.
  for (const method of ['put', 'patch'] as const) {
    routes[method]('/rules', describeRules[method], async (context) => {
      requirePermission(context, 'bots', 'write');
      const workspaceId = context.get('token').workspaceId;
      const body = await readBody(context, workspaceRulesBodySchema);
      const next: Record<string, unknown> = method === 'put' ? {} : { ...(await defaults(workspaceId)) };
      for (const [key, value] of Object.entries(body)) {
        if (value === null) delete next[key];
        else if (value !== undefined) next[key] = value;
      }
      const parsed = botRulesSchema.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ValidationError(`${issue?.path.join('.') || 'body'}: ${issue?.message}`);
      }
      const workspace = await store.getWorkspace(workspaceId);
      if (!workspace) throw new NotFoundError('No such workspace.');
      await store.updateWorkspace({ id: workspaceId, name: workspace.name, defaultRules: next });
      return context.json({ success: true, data: next });
    });
  }
  return routes;
}
