/** Version 9: a bot's `rules.expire` counts seconds (as the seed documents it), not minutes. */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.js';

/** Multiplies the integer `settings.rules.expire` of every bot by `factor` (60 up, 1/60 down). */
async function scaleExpire(db: Kysely<unknown>, operator: '*' | '/'): Promise<void> {
  const op = sql.raw(operator);
  if (isPostgres(db)) {
    // `settings` is JSON in a text column, as on SQLite.
    await sql`
      UPDATE bots
      SET settings = jsonb_set(
        settings::jsonb, '{rules,expire}', to_jsonb((settings::jsonb #>> '{rules,expire}')::bigint ${op} 60)
      )::text
      WHERE jsonb_typeof(settings::jsonb #> '{rules,expire}') = 'number'
        AND (settings::jsonb #>> '{rules,expire}') ~ '^-?[0-9]+$'
    `.execute(db);
    return;
  }
  await sql`
    UPDATE bots
    SET settings = json_set(settings, '$.rules.expire', json_extract(settings, '$.rules.expire') ${op} 60)
    WHERE json_type(settings, '$.rules.expire') = 'integer'
  `.execute(db);
}

/** Multiplies every stored `settings.rules.expire` by 60; bots without rules keep the default (0). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await scaleExpire(db, '*');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await scaleExpire(db, '/');
}
