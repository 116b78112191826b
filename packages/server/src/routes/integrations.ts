/** `/v1/integrations`: a workspace's credentials (OpenAI keys per environment, Enjo tokens); secrets are sealed and shown masked. */
import { type Integration, NotFoundError, ValidationError } from '@frontdesk/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { maskSecret, type SecretBox } from '../secret-box.js';
import { readBody, requireAdmin } from './admin-request.js';
import {
  callbackSecretSchema,
  INTEGRATION_NAMES,
  publicData,
  ticketIntegrationDataShape,
} from './ticket-integration-data.js';

const dataSchema = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    changeKeys: z.boolean().optional(),
    ...ticketIntegrationDataShape,
  })
  .strict();

/** The `POST /v1/integrations` body; `/openapi.json` is built from it. */
export const createSchema = z.object({
  kind: z.enum(['openai', 'enjo', 'jira', 'servicenow', 'webhook']).default('openai'),
  name: z.string().trim().min(1).max(100).optional(),
  environment: z.enum(['stage', 'production']).default('stage'),
  status: z.enum(['active', 'inactive']).default('active'),
  data: dataSchema.default({}),
  /** The OpenAI API key or the Enjo token. */
  secret: z.string().trim().min(1).max(4000),
  callbackSecret: callbackSecretSchema,
});

/** The `PATCH /v1/integrations/{id}` body: only what it names changes (no defaults filled in). */
export const updateSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  environment: z.enum(['stage', 'production']).optional(),
  status: z.enum(['active', 'inactive']).optional(),
  data: dataSchema.optional(),
  secret: z.string().trim().min(1).max(4000).optional(),
  callbackSecret: callbackSecretSchema,
});

/** The fields that say where the secret is sent: changing one needs the secret again. */
const DESTINATION_FIELDS = ['baseUrl', 'url'] as const;

/** Refuses a new destination without the secret, so a write-only secret cannot be redirected to another host. */
export function requireSecretForNewDestination(
  existing: Record<string, unknown>,
  data: Record<string, unknown> | undefined,
  secret: string | undefined,
): void {
  if (secret || !data) return;
  const moved = DESTINATION_FIELDS.filter((field) => field in data && data[field] !== existing[field]);
  if (moved.length > 0) {
    throw new ValidationError(`Changing data.${moved[0]} requires sending the secret again.`);
  }
}

/** An integration as the API shows it: never the secret, only its mask. */
export function integrationView(integration: Integration, secrets: SecretBox) {
  return {
    id: integration.id,
    kind: integration.kind,
    name: integration.name,
    environment: integration.environment,
    status: integration.status,
    data: publicData(integration.data),
    secret: integration.secret ? maskSecret(secrets.open(integration.secret)) : null,
    callbackSecret:
      typeof integration.data.callbackSecret === 'string'
        ? maskSecret(secrets.open(integration.data.callbackSecret))
        : null,
    created_at: new Date(integration.createdAt).toISOString(),
    updated_at: new Date(integration.updatedAt).toISOString(),
  };
}

/** The routes under `/v1/integrations`. */
export function integrationRoutes(
  deps: Pick<AppDependencies, 'store' | 'clock' | 'ids'> & { secrets: SecretBox },
): Hono<AppEnv> {
  const { store, secrets } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<Integration> {
    const integration = await store.getIntegration(workspaceId, id);
    if (!integration) throw new NotFoundError('No such integration.');
    return integration;
  }

  routes.post('/', async (context) => {
    requireAdmin(context);
    const { callbackSecret, ...body } = await readBody(context, createSchema);
    const now = deps.clock.now();
    const integration: Integration = {
      id: deps.ids.id('int'),
      workspaceId: context.get('token').workspaceId,
      kind: body.kind,
      name: body.name ?? INTEGRATION_NAMES[body.kind],
      environment: body.environment,
      status: body.status,
      data: callbackSecret ? { ...body.data, callbackSecret: secrets.seal(callbackSecret) } : body.data,
      secret: secrets.seal(body.secret),
      createdAt: now,
      updatedAt: now,
    };
    await store.saveIntegration(integration);
    return context.json({ success: true, data: integrationView(integration, secrets) }, 201);
  });

  routes.get('/', async (context) => {
    requirePermission(context, 'integrations', 'read');
    const list = await store.listIntegrations(context.get('token').workspaceId);
    return context.json({
      success: true,
      data: list.map((integration) => integrationView(integration, secrets)),
    });
  });

  routes.get('/:id', async (context) => {
    requirePermission(context, 'integrations', 'read');
    const integration = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: integrationView(integration, secrets) });
  });

  routes.patch('/:id', async (context) => {
    requireAdmin(context);
    const existing = await find(context.get('token').workspaceId, context.req.param('id'));
    const { secret, data, callbackSecret, ...changes } = await readBody(context, updateSchema);
    requireSecretForNewDestination(existing.data, data, secret);
    const updated: Integration = {
      ...existing,
      ...changes,
      data: {
        ...existing.data,
        ...data,
        ...(callbackSecret ? { callbackSecret: secrets.seal(callbackSecret) } : {}),
      },
      secret: secret ? secrets.seal(secret) : existing.secret,
      updatedAt: deps.clock.now(),
    };
    await store.saveIntegration(updated);
    return context.json({ success: true, data: integrationView(updated, secrets) });
  });

  routes.delete('/:id', async (context) => {
    requireAdmin(context);
    const deleted = await store.deleteIntegration(context.get('token').workspaceId, context.req.param('id'));
    if (!deleted) throw new NotFoundError('No such integration.');
    return context.json({ success: true, data: { id: context.req.param('id'), deleted: true } });
  });
  return routes;
}
