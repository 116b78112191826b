/** `POST /v1/integrations/{id}/test`: checks a ticket integration's credentials and destination for real, creating nothing. */
import { NotFoundError, ValidationError } from '@frontdesk/core';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import { remoteFor } from '@frontdesk/services/tickets/ticket-sinks';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { describe, ok, writeErrors } from '../openapi/helpers.js';
import { requirePermission } from '../permissions.js';
import { readBody } from './admin-request.js';

const TESTABLE = new Set(['jira', 'servicenow', 'webhook']);

export const integrationCheckSchema = z.object({
  /** True when the remote answered as it should. */
  ok: z.boolean(),
  /** What was found (`ok`), or what went wrong, in the remote's words where it gave some. */
  message: z.string(),
  checkedAt: z.string(),
});

const describeTest = describe({
  operationId: 'testIntegration',
  summary: 'Check a ticket integration for real',
  description:
    'Jira: reads `/rest/api/3/myself` and the project; ServiceNow: an authenticated read of the incident table; ' +
    'webhook: a signed `ping` event. Nothing is created. A refusal by the remote is `ok: false` with its reason. ' +
    'The body, if any, must be `{}`.',
  responses: {
    '200': ok('The outcome of the check.', integrationCheckSchema),
    ...writeErrors({ '400': 'Not a ticket integration, or it has no secret yet.' }),
  },
});

/** The test route under `/v1/integrations`; outbound calls go through the same policy as deliveries. */
export function integrationCheckRoutes(
  deps: Pick<AppDependencies, 'store' | 'clock'> & { secrets: SecretBox },
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/:id/test', describeTest, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const workspaceId = context.get('token').workspaceId;
    // Another workspace's id is unknown here whatever the body says: 404 before the body is read.
    const integration = await deps.store.getIntegration(workspaceId, context.req.param('id'));
    if (!integration) throw new NotFoundError('No such integration.');
    if ((await context.req.text()).trim()) await readBody(context, z.strictObject({}));
    if (!TESTABLE.has(integration.kind)) {
      throw new ValidationError(`Only Jira, ServiceNow and webhook integrations can be tested here.`);
    }
    if (!integration.secret) throw new ValidationError('secret: set the secret before testing.');
    let result: { ok: boolean; message: string };
    try {
      const remote = remoteFor(integration, deps.secrets.open(integration.secret));
      result = { ok: true, message: await remote.check() };
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : 'The check failed.' };
    }
    return context.json({
      success: true,
      data: { ...result, checkedAt: new Date(deps.clock.now()).toISOString() },
    });
  });
  return routes;
}
