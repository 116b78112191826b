/** `frontdesk backup FILE`: an online, consistent copy of the SQLite database. */
import { resolve } from 'node:path';
import { backupSqlite } from '@frontdesk/services/ops/backup';
import type { Settings } from '@frontdesk/services/settings/config';
import { databaseFile } from '@frontdesk/services/store/open-store';
import { isPostgresUrl } from '@frontdesk/store';
import type { Output } from './cli-output.js';

export async function backupCommand(settings: Settings, file: string, output: Output): Promise<number> {
  if (isPostgresUrl(settings.databaseUrl)) {
    output.err("DATABASE_URL is PostgreSQL: back it up with pg_dump or your provider's snapshots.\n");
    return 1;
  }
  const source = databaseFile(settings);
  const target = resolve(file);
  try {
    const { pages } = await backupSqlite(source, target);
    output.out(`Backed up ${source} to ${target} (${pages} pages).\n`);
    output.err(
      'Keep secret.key (or FRONTDESK_SECRET_KEY) with it: stored credentials cannot be opened without it.\n',
    );
    return 0;
  } catch (error) {
    output.err(`Backup failed: ${(error as Error).message}\n`);
    return 1;
  }
}
