// `frontdesk backup FILE` against a database that is being written to while the copy runs.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@frontdesk/store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

let workDir: string;

async function frontdesk(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('frontdesk backup', () => {
  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'frontdesk-backup-'));
    process.env.FRONTDESK_DATA_DIR = join(workDir, 'data');
    delete process.env.DATABASE_URL;
    // A migrated database with a token in it.
    expect((await frontdesk('token', 'create', '--name', 'before backup')).code).toBe(0);
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('copies the live database into one consistent file while writes go on', async () => {
    const live = new Database(join(workDir, 'data', 'frontdesk.db'));
    live.pragma('journal_mode = WAL');
    live.exec('CREATE TABLE IF NOT EXISTS backup_probe (n INTEGER, filler BLOB)');
    const insert = live.prepare('INSERT INTO backup_probe (n, filler) VALUES (?, randomblob(2000))');
    for (let n = 0; n < 5_000; n++) insert.run(n);
    // Writes keep arriving while the copy is taken.
    let writes = 0;
    const writer = setInterval(() => {
      for (let n = 0; n < 50; n++) insert.run(-1);
      writes += 50;
    }, 1);
    const target = join(workDir, 'copy.db');
    const result = await frontdesk('backup', target);
    clearInterval(writer);
    live.close();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Backed up .*frontdesk\.db to .*copy\.db \(\d+ pages\)/);
    expect(result.stderr).toContain('secret.key');
    expect(existsSync(`${target}.partial`)).toBe(false);

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = copy.prepare('SELECT count(*) AS count FROM backup_probe WHERE n >= 0').get() as {
      count: number;
    };
    expect(rows.count).toBe(5_000);
    copy.close();
    // The copy ran in steps, with writes in between (an online backup, not a locked one).
    expect(writes).toBeGreaterThan(0);
    // The copy is a working Frontdesk database: its token is there.
    const store = await createSqliteStore({ file: target });
    const tokens = await store.listTokens('ws_default');
    expect(tokens.map((token) => token.name)).toContain('before backup');
    await store.close();
  });

  it('never overwrites an existing file', async () => {
    const target = join(workDir, 'taken.db');
    writeFileSync(target, 'keep me');
    const result = await frontdesk('backup', target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already exists');
  });

  it('points PostgreSQL users to pg_dump instead of copying nothing', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
    try {
      const result = await frontdesk('backup', join(workDir, 'pg.db'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('pg_dump');
    } finally {
      delete process.env.DATABASE_URL;
    }
  });

  it('needs the file name', async () => {
    const result = await frontdesk('backup');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Expected 2 words');
  });
});
