/** Where the database lives, and opening it: PostgreSQL when DATABASE_URL names one, else SQLite in the data folder. */
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { createStore } from '@frontdesk/store';
import type { Settings } from '../settings/config.js';

/** The SQLite file inside FRONTDESK_DATA_DIR. */
export function databaseFile(settings: Pick<Settings, 'dataDir'>): string {
  return join(settings.dataDir, 'frontdesk.db');
}

/** Opens the store (creating the SQLite folder and file, or connecting to PostgreSQL) and brings its schema up to date. */
export function openStore(settings: Pick<Settings, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  return createStore({ databaseUrl: settings.databaseUrl, sqliteFile: databaseFile(settings) });
}
