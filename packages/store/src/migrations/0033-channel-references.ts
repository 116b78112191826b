/**
 * Version 33: durable channel facts the adapters kept as markers get tables — Teams conversation
 * references (with their "gone" state) and the Slack messages tickets came from — and the markers
 * already kept (`teams:reference:…`, `teams:gone:…`, `slack:ticket-origin:…`) move over.
 */
import type { Kysely } from 'kysely';

interface MarkerRow {
  key: string;
  value: string;
  expires_at: number | string;
}

type Untyped = Kysely<Record<string, Record<string, unknown>>>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('channel_key', 'text', (column) => column.primaryKey())
    .addColumn('reference', 'text', (column) => column.notNull())
    .addColumn('gone_status', 'integer')
    .addColumn('gone_reason', 'text')
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('ticket_origins')
    .addColumn('ticket_id', 'text', (column) => column.primaryKey())
    .addColumn('channel_id', 'text', (column) => column.notNull())
    .addColumn('message_ts', 'text', (column) => column.notNull())
    .addColumn('status_emoji', 'text')
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();

  await moveMarkers(db as unknown as Untyped);
}

const PREFIXES = ['teams:reference:', 'teams:gone:', 'slack:ticket-origin:'];

/** Copies references, refusals and ticket origins kept as markers into their tables, then deletes those markers. */
async function moveMarkers(db: Untyped): Promise<void> {
  const markers = (await db
    .selectFrom('markers')
    .select(['key', 'value', 'expires_at'])
    .where((where) => where.or(PREFIXES.map((prefix) => where('key', 'like', `${prefix}%`))))
    .orderBy('key')
    .execute()) as unknown as MarkerRow[];
  // References first (`teams:reference:` sorts after `teams:gone:`), so a refusal finds its row.
  const ordered = [...markers].sort((left, right) => rank(left.key) - rank(right.key));
  for (const marker of ordered) {
    const value = parse(marker.value);
    if (!value) continue;
    const at = Number(marker.expires_at);
    if (marker.key.startsWith('teams:reference:')) {
      await db
        .insertInto('conversation_references')
        .values({
          channel_key: marker.key.slice('teams:reference:'.length),
          reference: marker.value,
          updated_at: at,
        })
        .onConflict((conflict) => conflict.column('channel_key').doNothing())
        .execute();
    } else if (marker.key.startsWith('teams:gone:')) {
      await db
        .updateTable('conversation_references')
        .set({ gone_status: Number(value.status) || 404, gone_reason: String(value.reason ?? 'Gone') })
        .where('channel_key', '=', marker.key.slice('teams:gone:'.length))
        .execute();
    } else if (typeof value.channel === 'string' && typeof value.ts === 'string') {
      await db
        .insertInto('ticket_origins')
        .values({
          ticket_id: marker.key.slice('slack:ticket-origin:'.length),
          channel_id: value.channel,
          message_ts: value.ts,
          status_emoji: typeof value.emoji === 'string' ? value.emoji : null,
          updated_at: at,
        })
        .onConflict((conflict) => conflict.column('ticket_id').doNothing())
        .execute();
    }
  }
  for (const prefix of PREFIXES) await db.deleteFrom('markers').where('key', 'like', `${prefix}%`).execute();
}

function rank(key: string): number {
  return key.startsWith('teams:reference:') ? 0 : 1;
}

function parse(value: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_origins').execute();
  await db.schema.dropTable('conversation_references').execute();
}
