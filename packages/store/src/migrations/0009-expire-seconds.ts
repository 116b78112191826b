/** Version 9: a bot's `rules.expire` counts seconds (as the seed documents it), not minutes. */
import { type Kysely, sql } from 'kysely';

/** Multiplies every stored `settings.rules.expire` by 60; bots without rules keep the default (0). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE bots
    SET settings = json_set(settings, '$.rules.expire', json_extract(settings, '$.rules.expire') * 60)
    WHERE json_type(settings, '$.rules.expire') = 'integer'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE bots
    SET settings = json_set(settings, '$.rules.expire', json_extract(settings, '$.rules.expire') / 60)
    WHERE json_type(settings, '$.rules.expire') = 'integer'
  `.execute(db);
}
