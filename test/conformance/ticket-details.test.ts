// Item 5: ticketDetails as the seed describes them, from every ticket system and from an Enjo upstream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { ENJO_TOKEN, type FakeEnjo, startFakeEnjo } from '../fakes/enjo-server.js';
import { type FakeJira, JIRA_CREDENTIALS, startFakeJira } from '../fakes/jira-server.js';
import {
  type FakeServiceNow,
  SERVICENOW_CREDENTIALS,
  startFakeServiceNow,
} from '../fakes/servicenow-server.js';
import { call } from './seed.js';

let server: TestServer;
let jira: FakeJira;
let servicenow: FakeServiceNow;
let enjo: FakeEnjo;

const requester = { name: 'Grace Hopper', email: 'grace@example.com', phone: '+1 555 0100', company: 'Navy' };
const human = 'I want to talk to a human';

beforeAll(async () => {
  [server, jira, servicenow, enjo] = await Promise.all([
    startTestServer(),
    startFakeJira(),
    startFakeServiceNow(),
    startFakeEnjo(),
  ]);
  const embedded = { kind: 'embedded', knowledgeDir: 'examples/knowledge' };
  const jiraIntegration = await call(server, 'POST', '/v1/integrations', {
    integration: 'jira',
    data: { baseUrl: jira.url, email: JIRA_CREDENTIALS.email, projectKey: JIRA_CREDENTIALS.projectKey },
    secret: JIRA_CREDENTIALS.apiToken,
  });
  const snIntegration = await call(server, 'POST', '/v1/integrations', {
    integration: 'servicenow',
    data: { baseUrl: servicenow.url, username: SERVICENOW_CREDENTIALS.username },
    secret: SERVICENOW_CREDENTIALS.password,
  });
  for (const [id, integrationId] of [
    ['to-jira', jiraIntegration.body.data.id],
    ['to-servicenow', snIntegration.body.data.id],
  ]) {
    const created = await call(server, 'POST', '/v1/bots', {
      id,
      name: id,
      agent: embedded,
      settings: { ticketPolicy: { integrationId } },
    });
    expect(created.status).toBe(201);
  }
  await call(server, 'POST', '/v1/bots', { id: 'upstream', name: 'Upstream', agent: embedded });
  const remote = await call(server, 'PUT', '/v1/bots/upstream/agent', {
    kind: 'remote',
    baseUrl: enjo.url,
    botId: 'support-bot',
    token: ENJO_TOKEN,
  });
  expect(remote.status).toBe(200);
});
afterAll(async () => {
  await Promise.all([server?.close(), jira?.close(), servicenow?.close(), enjo?.close()]);
});

describe('builtin tickets over the web API', () => {
  it('carry id, frontdeskId, caseNumber, attributes and the requester the message body named', async () => {
    const { body } = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: human, requester },
    });
    const ticket = body.data.ticketDetails;
    expect(ticket.id).toMatch(/\S/);
    expect(ticket).toMatchObject({
      frontdeskId: ticket.id,
      caseNumber: ticket.id,
      attributes: { type: 'builtin', url: ticket.url },
      suppliedName: 'Grace Hopper',
      suppliedEmail: 'grace@example.com',
      suppliedPhone: '+1 555 0100',
      suppliedCompany: 'Navy',
      status: 'open',
    });
  });

  it('come back on a follow-up in the same conversation', async () => {
    const first = await call(server, 'POST', '/v1/bots/demo/message', { message: { text: human } });
    const { conversationId, ticketDetails } = first.body.data;
    const followUp = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'thanks!', conversationId },
    });
    expect(followUp.body.data.ticketDetails).toMatchObject({ id: ticketDetails.id, status: 'open' });
  });
});

describe('tickets in a ticket system', () => {
  it('name the Jira key as id, with Frontdesk id alongside', async () => {
    const { body } = await call(server, 'POST', '/v1/bots/to-jira/message', { message: { text: human } });
    const ticket = body.data.ticketDetails;
    expect(ticket.id).toMatch(/^SUP-\d+$/);
    expect(ticket.caseNumber).toBe(ticket.id);
    expect(ticket.frontdeskId).not.toBe(ticket.id);
    expect(ticket.attributes.type).toBe('jira');
    expect((await call(server, 'GET', `/v1/tickets/${ticket.frontdeskId}`)).status).toBe(200);
  });

  it('name the ServiceNow number as id', async () => {
    const { body } = await call(server, 'POST', '/v1/bots/to-servicenow/message', {
      message: { text: human },
    });
    expect(body.data.ticketDetails.id).toMatch(/^INC\d{7}$/);
    expect(body.data.ticketDetails.attributes.type).toBe('servicenow');
  });
});

describe("an Enjo-compatible upstream's ticket", () => {
  for (const plan of ['seed-ticket', 'capital-ticket'] as const) {
    it(`keeps every field of the seed example (${plan === 'seed-ticket' ? 'lower-case' : 'capitalised'} keys)`, async () => {
      enjo.plans = [plan];
      const { status, body } = await call(server, 'POST', '/v1/bots/upstream/message', {
        message: { text: 'my printer is on fire' },
      });
      expect(status).toBe(200);
      expect(body.data.ticketDetails).toMatchObject({
        id: '123456',
        caseNumber: '00012345',
        url: 'https://ticket-system.com/ticket/123456',
        attributes: { type: 'Case', url: '/services/data/v1.0/sobjects/Case/123456' },
        suppliedName: "User's Name",
        suppliedEmail: 'user@example.com',
        suppliedPhone: '123-456-7890',
        suppliedCompany: 'Company Name',
        type: 'Type of issue',
        status: 'open',
        priority: 'high',
        createdDate: '2024-10-10T12:00:00.000Z',
      });
    });
  }
});
