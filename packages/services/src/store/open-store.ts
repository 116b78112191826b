/** Where the database lives, and opening it: SQLite in the data folder (PostgreSQL comes later). */
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { createSqliteStore } from '@frontdesk/store';
import type { Settings } from '../settings/config.js';

/** The SQLite file inside FRONTDESK_DATA_DIR. */
export function databaseFile(settings: Pick<Settings, 'dataDir'>): string {
  return join(settings.dataDir, 'frontdesk.db');
}

/** Opens the store (creating the folder and file) and brings its schema up to date. */
export function openStore(settings: Pick<Settings, 'dataDir'>): Promise<Store> {
  return createSqliteStore({ file: databaseFile(settings) });
}
