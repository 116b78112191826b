/** `/v1/integrations`: a workspace's credentials (OpenAI keys per environment, Enjo tokens); secrets are sealed and shown masked. */
import { type Integration, NotFoundError, ValidationError } from '@frontdesk/core';
import { type IntegrationView, integrationViewSchema } from '@frontdesk/core/wire';
import { maskSecret, type SecretBox } from '@frontdesk/services/secrets/secret-box';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readBody } from './admin-request.js';
import { sealedCollectionDocs } from './sealed-collection-docs.js';
import {
  callbackSecretSchema,
  INTEGRATION_NAMES,
  publicData,
  ticketIntegrationDataShape,
} from './ticket-integration-data.js';

const kinds = ['openai', 'enjo', 'jira', 'servicenow', 'webhook'] as const;
type Kind = (typeof kinds)[number];
const environments = ['stage', 'production'] as const;

/** The seed (Enspace) numbers integration types; the ones Frontdesk has. */
const SEED_INTEGRATION_NUMBERS: Record<number, Kind> = { 7: 'openai' };

const dataSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  changeKeys: z.boolean().optional(),
  /** As the seed puts it: the same as the top-level `environment`. */
  environment: z.enum(environments).optional(),
  ...ticketIntegrationDataShape,
});

/** The `POST /v1/integrations` body; `/openapi.json` is built from it. */
export const createSchema = z.strictObject({
  kind: z.enum(kinds).optional(),
  /** The seed's name for `kind`: a slug (`jira`) or the seed's type number (`7` is OpenAI). */
  integration: z.union([z.enum(kinds), z.number().int()]).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  /** Default `stage`; `data.environment` says the same. */
  environment: z.enum(environments).optional(),
  /** Default `active` with a secret, `inactive` without one. */
  status: z.enum(['active', 'inactive']).optional(),
  data: dataSchema.default({}),
  /** The OpenAI API key, the Enjo token, the Jira token or ServiceNow password; without it the integration is inactive. */
  secret: z.string().trim().min(1).max(4000).optional(),
  callbackSecret: callbackSecretSchema,
});

/** The `PATCH /v1/integrations/{id}` body: only what it names changes (no defaults filled in). */
export const updateSchema = z.strictObject({
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

/** The kind named by `kind` and/or `integration`; they must agree. */
function kindOf(body: { kind?: Kind | undefined; integration?: Kind | number | undefined }): Kind {
  let fromIntegration: Kind | undefined;
  if (typeof body.integration === 'number') {
    fromIntegration = SEED_INTEGRATION_NUMBERS[body.integration];
    if (!fromIntegration) {
      throw new ValidationError(
        `integration: unknown integration type ${body.integration}; use one of ${kinds.join(', ')} (or 7 for openai)`,
      );
    }
  } else fromIntegration = body.integration;
  if (body.kind && fromIntegration && body.kind !== fromIntegration) {
    throw new ValidationError(`integration: "${fromIntegration}" contradicts kind "${body.kind}"`);
  }
  return body.kind ?? fromIntegration ?? 'openai';
}

/** The environment named at the top level and/or in `data`; they must agree. `data` keeps the rest. */
function splitEnvironment(
  environment: Integration['environment'] | undefined,
  data: z.output<typeof dataSchema> | undefined,
): { environment: Integration['environment'] | undefined; data: Record<string, unknown> | undefined } {
  if (!data) return { environment, data };
  const { environment: inData, ...rest } = data;
  if (environment && inData && environment !== inData) {
    throw new ValidationError(`data.environment: "${inData}" contradicts environment "${environment}"`);
  }
  return { environment: environment ?? inData, data: rest };
}

/** An integration as the API shows it: never the secret, only its mask. */
export function integrationView(integration: Integration, secrets: SecretBox): IntegrationView {
  return {
    id: integration.id,
    kind: integration.kind,
    integration: { slug: integration.kind, name: INTEGRATION_NAMES[integration.kind] ?? integration.kind },
    name: integration.name,
    environment: integration.environment,
    status: integration.status,
    data: { ...publicData(integration.data), environment: integration.environment },
    secret: integration.secret ? maskSecret(secrets.open(integration.secret)) : null,
    callbackSecret:
      typeof integration.data.callbackSecret === 'string'
        ? maskSecret(secrets.open(integration.data.callbackSecret))
        : null,
    delivery: {
      last_delivered_at: isoOrNull(integration.delivery?.lastDeliveredAt),
      last_error: integration.delivery?.lastError ?? null,
      last_error_at: isoOrNull(integration.delivery?.lastErrorAt),
    },
    created_at: new Date(integration.createdAt).toISOString(),
    updated_at: new Date(integration.updatedAt).toISOString(),
  };
}

const isoOrNull = (at: number | null | undefined): string | null =>
  at == null ? null : new Date(at).toISOString();

const docs = sealedCollectionDocs('integration', {
  item: integrationViewSchema,
  create: createSchema,
  update: updateSchema,
});

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

  routes.post('/', docs.create, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const { callbackSecret, ...body } = await readBody(context, createSchema);
    const kind = kindOf(body);
    const split = splitEnvironment(body.environment, body.data);
    if (body.status === 'active' && !body.secret) {
      throw new ValidationError('secret: an active integration needs its secret (API key or token)');
    }
    const data = split.data ?? {};
    const now = deps.clock.now();
    const integration: Integration = {
      id: deps.ids.id('int'),
      workspaceId: context.get('token').workspaceId,
      kind,
      name: body.name ?? INTEGRATION_NAMES[kind],
      environment: split.environment ?? 'stage',
      status: body.status ?? (body.secret ? 'active' : 'inactive'),
      data: callbackSecret ? { ...data, callbackSecret: secrets.seal(callbackSecret) } : data,
      secret: body.secret ? secrets.seal(body.secret) : null,
      createdAt: now,
      updatedAt: now,
    };
    await store.saveIntegration(integration);
    return context.json({ success: true, data: integrationView(integration, secrets) }, 201);
  });

  routes.get('/', docs.list, async (context) => {
    requirePermission(context, 'integrations', 'read');
    const list = await store.listIntegrations(context.get('token').workspaceId);
    return context.json({
      success: true,
      data: list.map((integration) => integrationView(integration, secrets)),
    });
  });

  routes.get('/:id', docs.get, async (context) => {
    requirePermission(context, 'integrations', 'read');
    const integration = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: integrationView(integration, secrets) });
  });

  routes.patch('/:id', docs.update, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const existing = await find(context.get('token').workspaceId, context.req.param('id'));
    const { secret, callbackSecret, ...body } = await readBody(context, updateSchema);
    const { environment, data } = splitEnvironment(body.environment, body.data);
    requireSecretForNewDestination(existing.data, data, secret);
    const changes = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(environment !== undefined ? { environment } : {}),
    };
    if (changes.status === 'active' && !secret && !existing.secret) {
      throw new ValidationError('secret: an active integration needs its secret (API key or token)');
    }
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

  routes.delete('/:id', docs.delete, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const deleted = await store.deleteIntegration(context.get('token').workspaceId, context.req.param('id'));
    if (!deleted) throw new NotFoundError('No such integration.');
    return context.json({ success: true, data: { id: context.req.param('id'), deleted: true } });
  });
  return routes;
}
