// Sends the demo bot's tickets to an integration added through the admin API: a fake Jira or
// ServiceNow on 127.0.0.1, or a webhook receiver.
import type { WidgetSettings } from '@frontdesk/core';
import { expect } from 'vitest';
import { type FakeJira, JIRA_CREDENTIALS } from '../fakes/jira-server.js';
import { type FakeServiceNow, SERVICENOW_CREDENTIALS } from '../fakes/servicenow-server.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN, type TestServer } from './harness.js';

/** The `POST /v1/integrations` body that connects the fake Jira's project. */
export function jiraIntegration(jira: FakeJira) {
  return {
    kind: 'jira',
    data: { baseUrl: jira.url, email: JIRA_CREDENTIALS.email, projectKey: JIRA_CREDENTIALS.projectKey },
    secret: JIRA_CREDENTIALS.apiToken,
  };
}

/** The `POST /v1/integrations` body that connects the fake ServiceNow instance. */
export function serviceNowIntegration(servicenow: FakeServiceNow) {
  return {
    kind: 'servicenow',
    data: { baseUrl: servicenow.url, username: SERVICENOW_CREDENTIALS.username },
    secret: SERVICENOW_CREDENTIALS.password,
  };
}

/**
 * Adds the integration `body` describes and makes it where the demo bot's tickets go, with `widget`
 * merged into the bot's widget settings; returns the integration's id.
 */
export async function sendDemoTicketsTo(
  server: TestServer,
  body: Record<string, unknown>,
  widget: Partial<WidgetSettings> = {},
): Promise<string> {
  const created = await api(server, OWNER_TOKEN, 'POST', '/v1/integrations', body);
  expect(created.status).toBe(201);
  const demo = (await server.store.getBot('ws_default', 'demo'))!;
  await server.saveBot({
    id: 'demo',
    settings: {
      ...demo.settings,
      ticketPolicy: { ...demo.settings.ticketPolicy, integrationId: created.json.data.id },
      widget: { ...demo.settings.widget, ...widget },
    },
  });
  return created.json.data.id;
}
