// The desk's work API against the real server: assigning a ticket to me, a member or a group and
// filtering by it, internal notes (kept out of the transcript and the widget), each caller's saved
// filters, and the workspace's canned replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, collectEvents, conversationIdOf, startVisitor } from './desk-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let owner: string;
let staff: string;
let viewer: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.token({ role: 'owner' });
  staff = await server.token({ role: 'staff' });
  viewer = await server.token({ role: 'viewer' });
});
afterAll(() => server?.close());

async function openTicket(text: string) {
  const visitor = await startVisitor(server);
  const conversationId = conversationIdOf(await visitor.say(text));
  const list = await api(server, staff, 'GET', '/v1/tickets?limit=200');
  const ticket = list.json.data.find(
    (item: { conversationId: string }) => item.conversationId === conversationId,
  );
  return { visitor, conversationId, ticket };
}

const idsOf = (body: { data: { id: string }[] }) => body.data.map((item) => item.id);

describe('assigning tickets', () => {
  it('assigns to me and to a group, filters Mine, Unassigned and by group, and refuses an unknown group', async () => {
    const first = await openTicket('I want to talk to a human about my refund');
    const second = await openTicket('I want to talk to a human about my login');
    const me = (await api(server, staff, 'GET', '/v1/me')).json.data;
    const myId = me.member?.id ?? me.token.id;
    const group = await api(server, owner, 'POST', '/v1/groups', { name: 'Billing' });
    expect(group.status).toBe(201);

    const assigned = await api(server, staff, 'PATCH', `/v1/tickets/${first.ticket.id}`, {
      assignee: myId,
      groupId: group.json.data.id,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.json.data).toMatchObject({ assignee: myId, groupId: group.json.data.id });

    const mine = await api(server, staff, 'GET', '/v1/tickets?assignee=me');
    expect(idsOf(mine.json)).toEqual([first.ticket.id]);
    const unassigned = await api(server, staff, 'GET', '/v1/tickets?assignee=none&limit=200');
    expect(idsOf(unassigned.json)).toContain(second.ticket.id);
    expect(idsOf(unassigned.json)).not.toContain(first.ticket.id);
    const billing = await api(server, staff, 'GET', `/v1/tickets?groupId=${group.json.data.id}`);
    expect(idsOf(billing.json)).toEqual([first.ticket.id]);
    const noGroup = await api(server, staff, 'GET', '/v1/tickets?groupId=none&limit=200');
    expect(idsOf(noGroup.json)).toContain(second.ticket.id);
    // Another caller's "me" is someone else.
    expect(idsOf((await api(server, owner, 'GET', '/v1/tickets?assignee=me')).json)).toEqual([]);

    const unknown = await api(server, staff, 'PATCH', `/v1/tickets/${second.ticket.id}`, {
      groupId: 'grp_nope',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toContain('groupId');
    const extra = await api(server, staff, 'PATCH', `/v1/tickets/${second.ticket.id}`, { group: 'x' });
    expect(extra.status).toBe(400);
    expect(extra.json.message).toContain('group');

    const cleared = await api(server, staff, 'PATCH', `/v1/tickets/${first.ticket.id}`, { groupId: null });
    expect(cleared.json.data.groupId).toBeNull();
  });
});

describe('internal notes', () => {
  it('keeps a note for staff: listed with its author, not in the transcript, never in the widget', async () => {
    const { visitor, conversationId, ticket } = await openTicket('I want to talk to a human about shipping');
    const stream = await visitor.listen(conversationId);
    const desk = await collectEvents(
      `${server.url}/v1/events`,
      { Authorization: `Bearer ${viewer}` },
      (block) =>
        /^event: note-created$/m.test(block)
          ? JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? '{}')
          : undefined,
    );
    const note = await api(server, staff, 'POST', `/v1/conversations/${conversationId}/notes`, {
      text: 'Customer is a VIP — do not mention the delay',
    });
    expect(note.status).toBe(201);
    expect(note.json.data).toMatchObject({ conversationId, authorName: 'test staff' });
    const reply = await api(server, staff, 'POST', `/v1/tickets/${ticket.id}/replies`, {
      text: 'Shipping is on its way.',
    });
    expect(reply.status).toBe(201);
    await stream.until(() => stream.received.some((message) => message.role === 'staff'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(stream.received)).not.toContain('VIP');
    await stream.close();
    // Staff watching the desk hear of it at once.
    await desk.until(() => desk.frames.length > 0);
    expect(desk.frames[0]).toMatchObject({
      conversationId,
      note: { id: note.json.data.id, authorName: 'test staff' },
    });
    await desk.close();

    const notes = await api(server, viewer, 'GET', `/v1/conversations/${conversationId}/notes`);
    expect(notes.json.data.map((item: { text: string }) => item.text)).toEqual([
      'Customer is a VIP — do not mention the delay',
    ]);
    const transcript = await api(server, staff, 'GET', `/v1/conversations/${conversationId}/transcript`);
    expect(JSON.stringify(transcript.json)).not.toContain('VIP');
    const detail = await api(server, staff, 'GET', `/v1/tickets/${ticket.id}`);
    expect(JSON.stringify(detail.json)).not.toContain('VIP');

    expect(
      (await api(server, viewer, 'POST', `/v1/conversations/${conversationId}/notes`, { text: 'x' })).status,
    ).toBe(403);
    const empty = await api(server, staff, 'POST', `/v1/conversations/${conversationId}/notes`, {
      text: ' ',
    });
    expect(empty.status).toBe(400);
    const other = await server.token({ workspaceId: 'ws_other', role: 'owner' });
    expect((await api(server, other, 'GET', `/v1/conversations/${conversationId}/notes`)).status).toBe(404);
  });
});

describe('/v1/desk/saved-filters', () => {
  it("saves, lists and deletes a caller's own filters; others never see them", async () => {
    const saved = await api(server, staff, 'POST', '/v1/desk/saved-filters', {
      name: 'My urgent',
      filter: { assignee: 'me', priority: 'urgent', status: 'open' },
    });
    expect(saved.status).toBe(201);
    expect(saved.json.data).toMatchObject({
      name: 'My urgent',
      filter: { assignee: 'me', priority: 'urgent' },
    });
    const again = await api(server, staff, 'POST', '/v1/desk/saved-filters', {
      name: 'My urgent',
      filter: { assignee: 'me', priority: 'high' },
    });
    expect(again.json.data.id).toBe(saved.json.data.id);
    const listed = await api(server, staff, 'GET', '/v1/desk/saved-filters');
    expect(listed.json.data).toEqual([again.json.data]);
    expect((await api(server, owner, 'GET', '/v1/desk/saved-filters')).json.data).toEqual([]);
    expect((await api(server, owner, 'DELETE', `/v1/desk/saved-filters/${saved.json.data.id}`)).status).toBe(
      404,
    );

    const bad = await api(server, staff, 'POST', '/v1/desk/saved-filters', {
      name: 'x',
      filter: { colour: 'red' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('colour');
    expect((await api(server, staff, 'DELETE', `/v1/desk/saved-filters/${saved.json.data.id}`)).status).toBe(
      200,
    );
    expect((await api(server, staff, 'GET', '/v1/desk/saved-filters')).json.data).toEqual([]);
  });
});

describe('/v1/desk/canned-replies', () => {
  it('creates, changes, lists and deletes replies with one shortcut each; viewers only read', async () => {
    const created = await api(server, staff, 'POST', '/v1/desk/canned-replies', {
      title: 'Password reset',
      shortcut: 'Reset',
      body: 'Open **Settings → Security** and choose *Reset password*.',
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ shortcut: 'reset', language: null });
    const german = await api(server, staff, 'POST', '/v1/desk/canned-replies', {
      title: 'Passwort',
      shortcut: 'reset-de',
      body: 'Öffnen Sie Einstellungen.',
      language: 'de',
    });
    expect(german.json.data.language).toBe('de');
    const taken = await api(server, staff, 'POST', '/v1/desk/canned-replies', {
      title: 'x',
      shortcut: 'reset',
      body: 'y',
    });
    expect(taken.status).toBe(409);
    const badShortcut = await api(server, staff, 'POST', '/v1/desk/canned-replies', {
      title: 'x',
      shortcut: 'a b',
      body: 'y',
    });
    expect(badShortcut.status).toBe(400);
    expect(badShortcut.json.message).toContain('shortcut');
    const changed = await api(server, staff, 'PATCH', `/v1/desk/canned-replies/${created.json.data.id}`, {
      title: 'Reset a password',
    });
    expect(changed.json.data).toMatchObject({ title: 'Reset a password', shortcut: 'reset' });
    const listed = await api(server, viewer, 'GET', '/v1/desk/canned-replies');
    expect(listed.json.data.map((item: { shortcut: string }) => item.shortcut)).toEqual([
      'reset',
      'reset-de',
    ]);
    expect(
      (await api(server, viewer, 'POST', '/v1/desk/canned-replies', { title: 'x', shortcut: 'z', body: 'y' }))
        .status,
    ).toBe(403);
    expect(
      (await api(server, staff, 'DELETE', `/v1/desk/canned-replies/${german.json.data.id}`)).status,
    ).toBe(200);
    const other = await server.token({ workspaceId: 'ws_other', role: 'owner' });
    expect((await api(server, other, 'GET', '/v1/desk/canned-replies')).json.data).toEqual([]);
  });
});
