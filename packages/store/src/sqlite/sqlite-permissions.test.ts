import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite.js';

describe('the SQLite files', () => {
  it('are created readable by the owner only (0600), WAL included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'frontdesk-mode-')), 'frontdesk.db');
    const store = await createSqliteStore({ file });
    await store.createWorkspace({ id: 'ws_mode', name: 'Mode', createdAt: 1 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    await store.close();
  });
});
