/** Test fixtures for the isolation walk: one of everything the admin API manages, in one workspace. */
import type { Store } from '@frontdesk/core';
import type { AdminTestApp } from './admin-test-app.js';

/** The ids of what `seedWorkspace` made, by the route parameter that names them. */
export interface Seeded {
  botId: string;
  sessionId: string;
  integrationId: string;
  connectorId: string;
  ticketId: string;
  conversationId: string;
  tokenId: string;
  workspaceId: string;
  memberId: string;
  roleId: string;
  groupId: string;
  appId: string;
  channelId: string;
  savedFilterId: string;
  cannedReplyId: string;
}

/** Fills `workspaceId` (via its owner token and the store) with a bot, conversation, session, ticket, integration, connector. */
export async function seedWorkspace(test: AdminTestApp, workspaceId: string, owner: string): Promise<Seeded> {
  const { store } = test;
  const botId = `bot-${workspaceId.replace(/_/g, '-')}`;
  const created = await test.call(owner, 'POST', '/v1/bots', {
    id: botId,
    name: botId,
    agent: { kind: 'embedded', knowledgeDir: 'unused' },
  });
  if (created.status !== 201) throw new Error(`seed bot: ${created.status} ${await created.text()}`);
  const sent = (await (
    await test.call(owner, 'POST', `/v1/bots/${botId}/message`, { message: { text: 'hello' } })
  ).json()) as { data: { conversationId: string } };
  const conversationId = sent.data.conversationId;
  const [session] = await store.listSessions(workspaceId, { conversationId });
  const integration = (await (
    await test.call(owner, 'POST', '/v1/integrations', { kind: 'openai', secret: 'sk-test-0123456789abcdef' })
  ).json()) as { data: { id: string } };
  const now = Date.now();
  const connectorId = `con_${workspaceId}`;
  await store.saveConnector({
    id: connectorId,
    workspaceId,
    name: 'Docs',
    description: 'docs',
    url: 'http://127.0.0.1:9/search',
    excludes: [],
    timeoutMs: 5000,
    active: true,
    continueOnFailure: true,
    authKind: 'none',
    auth: {},
    secret: null,
    createdAt: now,
    updatedAt: now,
  });
  const ticketId = await seedTicket(store, workspaceId, botId, conversationId, now);
  if (!session) throw new Error('seed: no session');
  const people = await seedPeople(store, workspaceId, botId, ticketId, now);
  const [token] = await store.listTokens(workspaceId);
  if (!token) throw new Error('seed: no token');
  const desk = await seedDeskAndTeams(test, workspaceId, owner, botId);
  return {
    ...people,
    ...desk,
    tokenId: token.id,
    workspaceId,
    botId,
    sessionId: session.id,
    integrationId: integration.data.id,
    connectorId,
    ticketId,
    conversationId,
  };
}

/** What needs the API to make: a Teams registration with a channel route, a saved filter, a canned reply. */
async function seedDeskAndTeams(test: AdminTestApp, workspaceId: string, owner: string, botId: string) {
  const created = async (method: string, path: string, body: unknown) => {
    const response = await test.call(owner, method, path, body);
    if (response.status >= 300) throw new Error(`seed ${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { data: { id?: string } }).data;
  };
  // One Microsoft app id per workspace (an app id is registered by one workspace only).
  const appId =
    workspaceId === 'ws_a' ? '0a0a0a0a-0000-4000-8000-00000000000a' : '0b0b0b0b-0000-4000-8000-00000000000b';
  const channelId = `19:${workspaceId}@thread.tacv2`;
  await created('PUT', `/v1/teams/registrations/${appId}`, { botId });
  await created('PUT', `/v1/teams/connections/${appId}/channels/${encodeURIComponent(channelId)}`, { botId });
  const filter = await created('POST', '/v1/desk/saved-filters', {
    name: 'Open',
    filter: { status: 'open' },
  });
  const reply = await created('POST', '/v1/desk/canned-replies', {
    title: 'Hello',
    shortcut: `hello-${workspaceId}`,
    body: 'Hello!',
  });
  return { appId, channelId, savedFilterId: String(filter.id), cannedReplyId: String(reply.id) };
}

async function seedPeople(store: Store, workspaceId: string, botId: string, ticketId: string, now: number) {
  const times = { createdAt: now, updatedAt: now };
  const memberId = `mem_${workspaceId}`;
  const roleId = `role_${workspaceId}` as const;
  const groupId = `grp_${workspaceId}`;
  await store.saveMember({
    id: memberId,
    workspaceId,
    email: `${workspaceId}@example.com`,
    name: 'M',
    role: 'owner',
    status: 'active',
    ...times,
  });
  await store.saveRole({ id: roleId, workspaceId, name: 'R', permissions: ['bots:read'], ...times });
  await store.saveGroup({
    id: groupId,
    workspaceId,
    name: 'G',
    memberIds: [memberId],
    botIds: [botId],
    ...times,
  });
  await store.updateTicket(ticketId, { groupId, updatedAt: now });
  return { memberId, roleId, groupId };
}

async function seedTicket(
  store: Store,
  workspaceId: string,
  botId: string,
  conversationId: string,
  now: number,
) {
  const ticket = await store.insertTicket({
    id: `tkt_${workspaceId}`,
    workspaceId,
    botId,
    conversationId,
    trigger: 'human-request',
    sink: 'builtin',
    externalId: `tkt_${workspaceId}`,
    url: null,
    type: 'support',
    status: 'open',
    priority: 'medium',
    summary: 'help',
    description: 'help',
    requester: null,
    idempotencyKey: `${conversationId}:human-request`,
    createdAt: now,
    updatedAt: now,
  });
  return ticket.id;
}

/** Everything a workspace holds, to compare before and after: any change shows as a difference. */
export async function snapshot(store: Store, workspaceId: string, seeded: Seeded) {
  return JSON.stringify({
    workspace: await store.getWorkspace(workspaceId),
    members: await store.listMembers(workspaceId),
    roles: await store.listRoles(workspaceId),
    groups: await store.listGroups(workspaceId),
    bots: await store.listBots(workspaceId),
    sessions: await store.listSessions(workspaceId),
    integrations: await store.listIntegrations(workspaceId),
    connectors: await store.listConnectors(workspaceId),
    ticket: await store.getTicket(seeded.ticketId),
    messages: await store.listMessages(seeded.conversationId),
    tokens: (await store.listTokens(workspaceId)).map(({ lastUsedAt: _ignored, ...token }) => token),
  });
}

/** The path with its parameters replaced by the ids of `seeded`; undefined for a parameter it does not know. */
export function fillPath(path: string, seeded: Seeded): string | undefined {
  const byPrefix: Record<string, string> = {
    '/v1/sessions/': seeded.sessionId,
    '/v1/integrations/': seeded.integrationId,
    '/v1/connectors/': seeded.connectorId,
    '/v1/tokens/': seeded.tokenId,
    '/v1/workspaces/': seeded.workspaceId,
    '/v1/members/': seeded.memberId,
    '/v1/roles/': seeded.roleId,
    '/v1/groups/': seeded.groupId,
    '/v1/desk/saved-filters/': seeded.savedFilterId,
    '/v1/desk/canned-replies/': seeded.cannedReplyId,
  };
  let unknown = false;
  // `:slug{pattern}`: Hono's parameter with a pattern; the pattern is not part of the path.
  const filled = path.replace(/:(\w+)(?:\{[^}]*\})?/g, (_match, name: string) => {
    if (name === 'botId') return seeded.botId;
    if (name === 'slug') return 'refund-policy';
    // A knowledge source id; the bot of the other workspace is refused before it is looked up.
    if (name === 'sourceId') return 'src_0123456789abcdef';
    if (name === 'ticketId') return seeded.ticketId;
    if (name === 'conversationId') return seeded.conversationId;
    if (name === 'appId' || name === 'connectionId') return seeded.appId;
    if (name === 'channelId') return encodeURIComponent(seeded.channelId);
    const prefix = Object.keys(byPrefix).find((candidate) => path.startsWith(candidate));
    if (name === 'id' && prefix) return byPrefix[prefix] as string;
    unknown = true;
    return name;
  });
  return unknown ? undefined : filled;
}
