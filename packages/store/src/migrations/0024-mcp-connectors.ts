/** Version 24: a knowledge connector may be an MCP server, searched through one of its tools. */
import type { Kysely } from 'kysely';

/** Adds `connectors.mcp_tool`: the tool called with `{"query"}`; null for plain HTTP connectors. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('connectors').addColumn('mcp_tool', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('connectors').dropColumn('mcp_tool').execute();
}
