/** A consistent online copy of the SQLite database, taken with SQLite's backup API while the server runs. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

const ALL_PAGES = 0x7fffffff;

export interface BackupResult {
  pages: number;
}

/**
 * Copies `source` to `target` with SQLite's online backup API (writers keep working; the copy is
 * one consistent snapshot, WAL content included). The copy is written next to `target`
 * and renamed into place at the end, so a failed backup never leaves half a file under that name.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  const partial = `${target}.partial`;
  const database = new Database(source, { fileMustExist: true });
  try {
    rmSync(partial, { force: true });
    // All remaining pages in one step: copied in small steps, a busy server's writes (from other
    // connections) would restart the copy again and again. One step reads one snapshot; in WAL
    // mode the server's writers are not blocked meanwhile.
    const { totalPages } = await database.backup(partial, { progress: () => ALL_PAGES });
    renameSync(partial, target);
    return { pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    database.close();
  }
}
