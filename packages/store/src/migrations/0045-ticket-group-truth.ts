/** Version 45: a ticket's group lives only on the ticket (`tickets.group_id`), not in a group's `ticketIds`. */
import type { Kysely } from 'kysely';

interface Tables {
  member_groups: { id: string; workspace_id: string; data: string };
  tickets: { id: string; workspace_id: string; group_id: string | null };
}

/**
 * Moves each group's old `ticketIds` onto the tickets (a ticket that already has a group keeps it;
 * a ticket of another workspace is left alone) and drops `ticketIds` from the group's JSON.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<Tables>;
  const groups = await typed.selectFrom('member_groups').select(['id', 'workspace_id', 'data']).execute();
  for (const group of groups) {
    const { ticketIds, ...rest } = JSON.parse(group.data) as { ticketIds?: unknown };
    if (ticketIds === undefined) continue;
    const ids = Array.isArray(ticketIds) ? ticketIds.filter((id) => typeof id === 'string') : [];
    if (ids.length > 0)
      await typed
        .updateTable('tickets')
        .set({ group_id: group.id })
        .where('workspace_id', '=', group.workspace_id)
        .where('group_id', 'is', null)
        .where('id', 'in', ids)
        .execute();
    await typed
      .updateTable('member_groups')
      .set({ data: JSON.stringify(rest) })
      .where('id', '=', group.id)
      .execute();
  }
}

/** Nothing to undo: the tickets keep their groups, which is where the API reads them. */
export async function down(): Promise<void> {}
