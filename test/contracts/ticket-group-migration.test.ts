/** Migration 0045 on a SQLite file: a group's old `ticketIds` become the tickets' `groupId`, and leave the group. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore, migrateToLatest, openSqliteDatabase } from '@frontdesk/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTicket, makeWorkspace, seedConversation, T0 } from './store-fixtures.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'deskfix-migration-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('0045-ticket-group-truth', () => {
  it("moves a group's ticketIds onto its tickets, keeps a ticket's own group and skips other workspaces", async () => {
    const file = join(directory, 'frontdesk.db');
    const before = await createSqliteStore({ file });
    await seedConversation(before);
    await before.createWorkspace(makeWorkspace({ id: 'ws_b' }));
    await before.insertTicket(makeTicket({ id: 'tkt_a' }));
    await before.insertTicket(makeTicket({ id: 'tkt_b', idempotencyKey: 'conv_1:b' }));
    await before.insertTicket(makeTicket({ id: 'tkt_c', idempotencyKey: 'conv_1:c' }));
    const group = { workspaceId: 'ws_a', memberIds: [], botIds: [], createdAt: T0, updatedAt: T0 };
    await before.saveGroup({ ...group, id: 'grp_billing', name: 'Billing' });
    await before.saveGroup({ ...group, id: 'grp_sales', name: 'Sales' });
    await before.saveGroup({ ...group, id: 'grp_other', workspaceId: 'ws_b', name: 'Other' });
    await before.updateTicket('tkt_b', { groupId: 'grp_sales', updatedAt: T0 });
    await before.close();

    // As the database looked before 0045: the groups listed their tickets.
    const db = openSqliteDatabase(file);
    const old = (ids: string[]) => JSON.stringify({ memberIds: [], botIds: [], ticketIds: ids });
    await sql`update member_groups set data = ${old(['tkt_a', 'tkt_b'])} where id = 'grp_billing'`.execute(
      db,
    );
    await sql`update member_groups set data = ${old(['tkt_c'])} where id = 'grp_other'`.execute(db);
    await sql`delete from kysely_migration where name = '0045-ticket-group-truth'`.execute(db);
    expect(await migrateToLatest(db)).toEqual(['0045-ticket-group-truth']);
    await db.destroy();

    const after = await createSqliteStore({ file });
    expect((await after.getTicket('tkt_a'))?.groupId).toBe('grp_billing');
    expect((await after.getTicket('tkt_b'))?.groupId).toBe('grp_sales');
    expect((await after.getTicket('tkt_c'))?.groupId ?? null).toBeNull();
    expect(await after.getGroup('ws_a', 'grp_billing')).not.toHaveProperty('ticketIds');
    expect(await after.getGroup('ws_b', 'grp_other')).not.toHaveProperty('ticketIds');
    await after.close();
  });
});
