/** The console's lists over any Kysely dialect: tickets with filters, conversations, CSAT answers. */
import type { Channel, CsatAnswer, DeskStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { CsatAnswerTable, Database } from './database.js';
import { conversationFromRow, ticketFromRow } from './rows.js';

const SORT_COLUMNS = { createdAt: 'tickets.created_at', updatedAt: 'tickets.updated_at' } as const;

function csatFromRow(row: CsatAnswerTable): CsatAnswer {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    ticketId: row.ticket_id,
    conversationId: row.conversation_id,
    score: row.score,
    createdAt: row.created_at,
    ...(row.comment ? { comment: row.comment } : {}),
  };
}

/** Escapes LIKE wildcards so a search for `50%` finds the text `50%`. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

/** The DeskStore port over `db`. */
export function createSqlDeskPart(db: Kysely<Database>): DeskStore {
  return {
    async listTickets(workspaceId, query) {
      let filtered = db
        .selectFrom('tickets')
        .innerJoin('conversations', 'conversations.id', 'tickets.conversation_id')
        .where('tickets.workspace_id', '=', workspaceId);
      if (query.status) filtered = filtered.where('tickets.status', '=', query.status);
      if (query.channel) filtered = filtered.where('conversations.channel', '=', query.channel);
      if (query.botId) filtered = filtered.where('tickets.bot_id', '=', query.botId);
      if (query.priority) filtered = filtered.where('tickets.priority', '=', query.priority);
      if (query.assignee !== undefined)
        filtered =
          query.assignee === null
            ? filtered.where('tickets.assignee', 'is', null)
            : filtered.where('tickets.assignee', '=', query.assignee);
      if (query.groupId !== undefined)
        filtered =
          query.groupId === null
            ? filtered.where('tickets.group_id', 'is', null)
            : filtered.where('tickets.group_id', '=', query.groupId);
      if (query.text) {
        const pattern = likePattern(query.text);
        const like = (column: string) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
        filtered = filtered.where(
          sql<boolean>`(${like('tickets.id')} or ${like('tickets.summary')} or ${like('tickets.description')})`,
        );
      }
      const counted = await filtered
        .select((select) => select.fn.countAll<number>().as('total'))
        .executeTakeFirst();
      const rows = await filtered
        .selectAll('tickets')
        .select('conversations.channel as channel')
        .orderBy(SORT_COLUMNS[query.sort], query.order)
        .orderBy('tickets.id', query.order)
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return {
        tickets: rows.map((row) => ({ ...ticketFromRow(row), channel: row.channel as Channel })),
        total: Number(counted?.total ?? 0),
      };
    },
    async listConversations(workspaceId, query) {
      let filtered = db.selectFrom('conversations').where('workspace_id', '=', workspaceId);
      if (query.channel) filtered = filtered.where('channel', '=', query.channel);
      if (query.botId) filtered = filtered.where('bot_id', '=', query.botId);
      const counted = await filtered
        .select((select) => select.fn.countAll<number>().as('total'))
        .executeTakeFirst();
      const rows = await filtered
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return { conversations: rows.map(conversationFromRow), total: Number(counted?.total ?? 0) };
    },
    async saveCsat(answer) {
      await db
        .insertInto('csat_answers')
        .values({
          id: answer.id,
          workspace_id: answer.workspaceId,
          ticket_id: answer.ticketId,
          conversation_id: answer.conversationId,
          score: answer.score,
          created_at: answer.createdAt,
        })
        .onConflict((conflict) => conflict.column('ticket_id').doNothing())
        .execute();
      const row = await db
        .selectFrom('csat_answers')
        .selectAll()
        .where('ticket_id', '=', answer.ticketId)
        .executeTakeFirstOrThrow();
      return csatFromRow(row);
    },
    async commentCsat(id, comment) {
      await db.updateTable('csat_answers').set({ comment }).where('id', '=', id).execute();
    },

    async listCsat(workspaceId, options) {
      const rows = await db
        .selectFrom('csat_answers')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      return rows.map(csatFromRow);
    },
  };
}
