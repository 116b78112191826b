/** `GET /v1/integrations/types`: the kinds of integration Frontdesk knows, and how each is set up. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { describe, errorResponses, ok } from '../../openapi/helpers.js';
import { requirePermission } from '../../permissions.js';

export const integrationTypeSchema = z.object({
  slug: z.string(),
  name: z.string(),
  category: z.enum(['agent', 'tickets', 'channel']),
  description: z.string(),
  /** `api`: configured per workspace with `POST /v1/integrations`; `environment`: by the server's settings. */
  configuredBy: z.enum(['api', 'environment']),
  /** For environment types: whether this server has it set up. Always true for api types. */
  available: z.boolean(),
  environments: z.array(z.enum(['stage', 'production'])),
  statuses: z.array(z.enum(['active', 'inactive'])),
});

type IntegrationType = z.infer<typeof integrationTypeSchema>;

const perWorkspace = (): Pick<
  IntegrationType,
  'configuredBy' | 'available' | 'environments' | 'statuses'
> => ({
  configuredBy: 'api',
  available: true,
  environments: ['stage', 'production'],
  statuses: ['active', 'inactive'],
});
const bySettings = (
  available: boolean,
): Pick<IntegrationType, 'configuredBy' | 'available' | 'environments' | 'statuses'> => ({
  configuredBy: 'environment',
  available,
  environments: [],
  statuses: [],
});

/** The registry, in the order a setup guide would take them. */
export function integrationTypes(deps: Pick<AppDependencies, 'slack' | 'teams'>): IntegrationType[] {
  return [
    {
      slug: 'openai',
      name: 'OpenAI',
      category: 'agent',
      description: 'Answers with an OpenAI model (API key per environment).',
      ...perWorkspace(),
    },
    {
      slug: 'enjo',
      name: 'Enjo',
      category: 'agent',
      description: 'Forwards questions to an Enjo bot.',
      ...perWorkspace(),
    },
    {
      slug: 'jira',
      name: 'Jira',
      category: 'tickets',
      description: 'Opens and follows Jira issues.',
      ...perWorkspace(),
    },
    {
      slug: 'servicenow',
      name: 'ServiceNow',
      category: 'tickets',
      description: 'Opens and follows ServiceNow incidents.',
      ...perWorkspace(),
    },
    {
      slug: 'webhook',
      name: 'Webhook',
      category: 'tickets',
      description: 'Posts tickets to a URL you choose.',
      ...perWorkspace(),
    },
    {
      slug: 'slack',
      name: 'Slack',
      category: 'channel',
      description:
        'Answers in Slack: "Add to Slack" installs per workspace (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, POST /v1/slack/install-links), or SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN (Socket Mode).',
      ...bySettings(Boolean(deps.slack)),
    },
    {
      slug: 'teams',
      name: 'Microsoft Teams',
      category: 'channel',
      description:
        'Answers in Teams for the Azure Bot app ids each workspace registers (PUT /v1/teams/registrations/{appId}), and MICROSOFT_APP_ID for the default workspace.',
      ...bySettings(Boolean(deps.teams)),
    },
  ];
}

const describeTypes = describe({
  operationId: 'listIntegrationTypes',
  summary: 'The kinds of integration and how each is set up',
  responses: { '200': ok('The types.', z.array(integrationTypeSchema)), ...errorResponses() },
});

/** The route `/v1/integrations/types`, mounted before `/v1/integrations/:id` so it wins. */
export function integrationTypeRoutes(deps: Pick<AppDependencies, 'slack' | 'teams'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', describeTypes, (context) => {
    requirePermission(context, 'integrations', 'read');
    return context.json({ success: true, data: integrationTypes(deps) });
  });
  return routes;
}
