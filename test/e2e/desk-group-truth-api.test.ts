// A ticket's group is its groupId (a group lists no tickets); deleting a group or a member leaves no ticket naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let owner: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.token({ role: 'owner' });
});
afterAll(() => server?.close());

async function openTicket(text: string) {
  const visitor = await startVisitor(server);
  const conversationId = conversationIdOf(await visitor.say(text));
  const list = await api(server, owner, 'GET', '/v1/tickets?channel=web&limit=100');
  const ticket = list.json.data.find(
    (item: { conversationId: string }) => item.conversationId === conversationId,
  );
  expect(ticket).toBeDefined();
  return ticket as { id: string };
}

describe("a ticket's group", () => {
  it('is set on the ticket; a group body with ticketIds is a 400 that says where tickets are grouped now', async () => {
    const created = await api(server, owner, 'POST', '/v1/groups', { name: 'Billing' });
    expect(created.status).toBe(201);
    expect(created.json.data).not.toHaveProperty('ticketIds');
    const group = created.json.data.id as string;
    const ticket = await openTicket('I want to talk to a human about my invoice');

    for (const [method, path] of [
      ['POST', '/v1/groups'],
      ['PATCH', `/v1/groups/${group}`],
    ] as const) {
      const refused = await api(server, owner, method, path, { name: 'Billing', ticketIds: [ticket.id] });
      expect(refused.status, path).toBe(400);
      expect(refused.json.message, path).toContain('ticketIds');
      expect(refused.json.message, path).toContain('PATCH /v1/tickets/{id}');
    }
    expect((await api(server, owner, 'GET', '/v1/groups')).json.data).toHaveLength(1);

    const assigned = await api(server, owner, 'PATCH', `/v1/tickets/${ticket.id}`, { groupId: group });
    expect(assigned.json.data.groupId).toBe(group);
    const listed = await api(server, owner, 'GET', `/v1/tickets?groupId=${group}`);
    expect(listed.json.data.map((item: { id: string }) => item.id)).toEqual([ticket.id]);

    expect((await api(server, owner, 'DELETE', `/v1/groups/${group}`)).status).toBe(200);
    const after = await api(server, owner, 'GET', `/v1/tickets/${ticket.id}`);
    expect(after.json.data.groupId).toBeNull();
    const ungrouped = await api(server, owner, 'GET', '/v1/tickets?groupId=none&limit=100');
    expect(ungrouped.json.data.map((item: { id: string }) => item.id)).toContain(ticket.id);
  });

  it('is documented: the Group schema has no ticketIds and says where a ticket names its group', async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const group = document.components.schemas.Group;
    expect(Object.keys(group.properties)).not.toContain('ticketIds');
    expect(group.description).toContain('groupId');
    const body = document.paths['/v1/groups'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(['name', 'memberIds', 'botIds']);
  });

  it('deleting a member unassigns their tickets and takes them out of their groups', async () => {
    const member = (await api(server, owner, 'POST', '/v1/members', { email: 'grace@example.com' })).json
      .data;
    const group = (await api(server, owner, 'POST', '/v1/groups', { name: 'Sales', memberIds: [member.id] }))
      .json.data;
    const ticket = await openTicket('I want to talk to a human about my refund');
    await api(server, owner, 'PATCH', `/v1/tickets/${ticket.id}`, { assignee: member.id, groupId: group.id });

    expect((await api(server, owner, 'DELETE', `/v1/members/${member.id}`)).status).toBe(200);
    const after = (await api(server, owner, 'GET', `/v1/tickets/${ticket.id}`)).json.data;
    expect(after).toMatchObject({ assignee: null, groupId: group.id });
    expect((await api(server, owner, 'GET', `/v1/groups/${group.id}`)).json.data.memberIds).toEqual([]);
  });
});
