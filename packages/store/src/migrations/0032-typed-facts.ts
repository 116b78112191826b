/**
 * Version 32: durable facts leave the markers table for tables that say what they are —
 * `message_feedback`, `remote_conversations` and `conversations.ended_at` — and the rows already
 * kept as markers (`feedback:…`, `remote:…`, `ended:…`) move over, so an upgrade loses nothing.
 * Markers are then only short-lived claims, purged once expired.
 */
import type { Kysely } from 'kysely';

interface MarkerRow {
  key: string;
  value: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('message_feedback')
    .addColumn('message_id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull())
    .addColumn('conversation_id', 'text', (column) => column.notNull())
    .addColumn('feedback', 'text', (column) => column.notNull())
    .addColumn('given_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('message_feedback_workspace_idx')
    .on('message_feedback')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('remote_conversations')
    .addColumn('conversation_id', 'text', (column) => column.notNull())
    .addColumn('agent_key', 'text', (column) => column.notNull())
    .addColumn('workspace_id', 'text', (column) => column.notNull())
    .addColumn('remote_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('remote_conversations_pk', ['conversation_id', 'agent_key'])
    .execute();

  await db.schema.alterTable('conversations').addColumn('ended_at', 'bigint').execute();

  await moveMarkers(db);
}

/** Copies the facts kept as markers into their tables, then deletes those markers. */
async function moveMarkers(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const markers = (await typed
    .selectFrom('markers')
    .select(['key', 'value'])
    .where((where) => where.or([where('key', 'like', 'feedback:%'), where('key', 'like', 'ended:%')]))
    .execute()) as unknown as MarkerRow[];
  for (const marker of markers) {
    if (marker.key.startsWith('ended:')) {
      const conversationId = marker.key.slice('ended:'.length);
      await typed
        .updateTable('conversations')
        .set({ ended_at: Number(marker.value) })
        .where('id', '=', conversationId)
        .execute();
      continue;
    }
    const messageId = marker.key.slice('feedback:'.length);
    const message = (await typed
      .selectFrom('messages')
      .select(['workspace_id', 'conversation_id'])
      .where('id', '=', messageId)
      .executeTakeFirst()) as { workspace_id: string; conversation_id: string } | undefined;
    const value = parse(marker.value);
    if (!message || !value) continue;
    await typed
      .insertInto('message_feedback')
      .values({
        message_id: messageId,
        workspace_id: message.workspace_id,
        conversation_id: message.conversation_id,
        feedback: value.feedback,
        given_by: value.by,
        created_at: value.at,
      })
      .onConflict((conflict) => conflict.column('message_id').doNothing())
      .execute();
  }
  await typed
    .deleteFrom('markers')
    .where((where) => where.or([where('key', 'like', 'feedback:%'), where('key', 'like', 'ended:%')]))
    .execute();
  await moveRemoteLinks(typed);
}

/** `remote:{workspace}:{bot}:{conversation}` → the remote id, for the bot's remote agent of today. */
async function moveRemoteLinks(db: Kysely<Record<string, Record<string, unknown>>>): Promise<void> {
  const markers = (await db
    .selectFrom('markers')
    .select(['key', 'value'])
    .where('key', 'like', 'remote:%')
    .execute()) as unknown as MarkerRow[];
  for (const marker of markers) {
    const [, workspaceId, botId, ...rest] = marker.key.split(':');
    const conversationId = rest.join(':');
    const bot = (await db
      .selectFrom('bots')
      .select(['agent'])
      .where('workspace_id', '=', workspaceId ?? '')
      .where('id', '=', botId ?? '')
      .executeTakeFirst()) as { agent: string } | undefined;
    const agent = bot ? parseAgent(bot.agent) : undefined;
    const conversation = await db
      .selectFrom('conversations')
      .select(['id'])
      .where('id', '=', conversationId)
      .executeTakeFirst();
    if (!agent || !conversation || !workspaceId) continue;
    await db
      .insertInto('remote_conversations')
      .values({
        conversation_id: conversationId,
        agent_key: remoteAgentKey(agent.baseUrl, agent.botId),
        workspace_id: workspaceId,
        remote_id: marker.value,
        created_at: Date.now(),
      })
      .onConflict((conflict) => conflict.columns(['conversation_id', 'agent_key']).doNothing())
      .execute();
  }
  await db
    .deleteFrom('markers')
    .where((where) => where.or([where('key', 'like', 'remote:%'), where('key', 'like', 'remote-local:%')]))
    .execute();
}

/** The agent key of a remote agent: its base URL and bot id, as `configured-agents.ts` in services writes it. */
function remoteAgentKey(baseUrl: string, botId: string): string {
  return `${baseUrl}#${botId}`;
}

function parseAgent(text: string): { baseUrl: string; botId: string } | undefined {
  try {
    const agent = JSON.parse(text) as { kind?: unknown; baseUrl?: unknown; botId?: unknown };
    return agent.kind === 'remote' && typeof agent.baseUrl === 'string' && typeof agent.botId === 'string'
      ? { baseUrl: agent.baseUrl, botId: agent.botId }
      : undefined;
  } catch {
    return undefined;
  }
}

function parse(value: string): { feedback: string; by: string; at: number } | undefined {
  try {
    const parsed = JSON.parse(value) as { feedback?: unknown; by?: unknown; at?: unknown };
    if (typeof parsed.feedback !== 'string' || typeof parsed.by !== 'string' || typeof parsed.at !== 'number')
      return undefined;
    return { feedback: parsed.feedback, by: parsed.by, at: parsed.at };
  } catch {
    return undefined;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('ended_at').execute();
  await db.schema.dropTable('remote_conversations').execute();
  await db.schema.dropTable('message_feedback').execute();
}
