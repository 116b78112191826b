import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

/** The built CLI: `npx tsc -b` (part of `npm test`) must have run. */
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let workDir: string;

/**
 * Runs a command in this process (the same `runCli` the binary calls), against the test's data
 * folder: no Node start-up per command, so the file runs in a few seconds. The spawned tests
 * below cover the binary itself.
 */
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

/** Runs the built binary in a child process. */

function frontdeskIn(options: { cwd: string; env?: Record<string, string> }, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    // Run from an empty folder, so no stray .env is read.
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('frontdesk (CLI)', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npx tsc -b" first.`);
    workDir = mkdtempSync(join(tmpdir(), 'frontdesk-cli-'));
    process.env.FRONTDESK_DATA_DIR = join(workDir, 'data');
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('runs migrations and says which ran', async () => {
    // The built binary, as a person runs it.
    const binary = { cwd: workDir, env: { FRONTDESK_DATA_DIR: join(workDir, 'data') } };
    const first = frontdeskIn(binary, 'migrate');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Ran migration \S+/);
    const second = frontdeskIn(binary, 'migrate');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('up to date');
  });

  it('creates, lists and revokes a token', async () => {
    const created = await frontdesk('token', 'create', '--name', 'ci bot', '--role', 'staff');
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^fd_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('shown only this once');

    const listed = await frontdesk('token', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('ci bot');
    expect(listed.stdout).toContain('staff');
    expect(listed.stdout).toContain(token.slice(0, 10));
    expect(listed.stdout).not.toContain(token);
    const row = listed.stdout.split('\n').find((line) => line.includes('ci bot'))!;
    const id = row.split(/\s+/)[0]!;
    expect(id).toMatch(/^tok_/);
    expect(row.trimEnd().endsWith('-')).toBe(true);

    const revoked = await frontdesk('token', 'revoke', id);
    expect(revoked.code).toBe(0);
    const after = (await frontdesk('token', 'list')).stdout
      .split('\n')
      .find((line) => line.includes('ci bot'))!;
    expect(after.trimEnd()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const missing = await frontdesk('token', 'revoke', 'tok_nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tok_nope');
  });

  it('creates a token for a member that expires, and lists both', async () => {
    const invited = await frontdesk('member', 'invite', '--email', 'Ada@example.com', '--role', 'viewer');
    expect(invited.code).toBe(0);
    const memberId = invited.stdout.trim();
    expect(memberId).toMatch(/^mem_/);
    expect((await frontdesk('member', 'invite', '--email', 'ada@example.com')).code).toBe(1);
    expect((await frontdesk('member', 'list')).stdout).toContain('ada@example.com');

    const created = await frontdesk(
      'token',
      'create',
      '--name',
      'ada',
      '--member',
      memberId,
      '--expires',
      '30d',
    );
    expect(created.code).toBe(0);
    const row = (await frontdesk('token', 'list')).stdout
      .split('\n')
      .find((line) => line.includes(memberId))!;
    const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(row).toContain(expiry);
    expect((await frontdesk('token', 'create', '--name', 'x', '--expires', 'yesterday')).code).toBe(2);
    expect((await frontdesk('token', 'create', '--name', 'x', '--member', 'mem_nope')).code).toBe(1);

    expect((await frontdesk('member', 'remove', memberId)).code).toBe(0);
    expect((await frontdesk('member', 'list')).stdout).not.toContain('ada@example.com');
    expect((await frontdesk('member', 'remove', memberId)).code).toBe(1);
  });

  it('lists bots', async () => {
    const listed = await frontdesk('bot', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.length).toBeGreaterThan(0);
  });

  it('refuses bad usage with help and exit code 2', async () => {
    const unknown = await frontdesk('fly');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: frontdesk');
    expect((await frontdesk('token', 'create')).code).toBe(2);
    expect((await frontdesk('token', 'create', '--name', 'x', '--role', 'god')).code).toBe(2);
    expect((await frontdesk('token', 'list', '--bogus')).code).toBe(2);
  });

  it('prints help, help per command, and the version', async () => {
    const help = await frontdesk('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('token create');
    const token = await frontdesk('token', '--help');
    expect(token.stdout).toContain('token revoke ID');
    expect(token.stdout).not.toContain('member invite');
    expect((await frontdesk('help', 'bot')).stdout).toContain('bot origins add ID ORIGIN...');
    expect((await frontdesk('bot', 'origins', 'add', '--help')).stdout).toContain('bot origins remove');
    expect((await frontdesk('help', 'fly')).code).toBe(2);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect((await frontdesk('--version')).stdout).toBe(`${manifest.version}\n`);
    expect(frontdeskIn({ cwd: workDir }, '--help').stdout).toContain('Usage: frontdesk');
  });

  it('runs as `npx frontdesk` from a folder inside the clone (the root package names the bin)', async () => {
    const clone = fileURLToPath(new URL('../../../', import.meta.url));
    const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
    expect(manifest.bin.frontdesk).toBe('packages/cli/bin/frontdesk.js');
    // --offline: npm must find the command in the clone, never fetch a package of that name.
    const result = spawnSync('npm', ['exec', '--offline', '--', 'frontdesk', '--version'], {
      cwd: join(clone, 'packages', 'console'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints lists and created records as JSON with --json', async () => {
    const created = JSON.parse((await frontdesk('token', 'create', '--name', 'json bot', '--json')).stdout);
    expect(created).toMatchObject({ name: 'json bot', role: 'admin', token: expect.stringMatching(/^fd_/) });
    const tokens = JSON.parse((await frontdesk('token', 'list', '--json')).stdout) as Array<
      Record<string, unknown>
    >;
    const listed = tokens.find((token) => token.id === created.id);
    expect(listed).toMatchObject({ name: 'json bot', role: 'admin', revokedAt: null });
    expect(JSON.stringify(tokens)).not.toContain(created.token);
    expect(JSON.parse((await frontdesk('member', 'list', '--json')).stdout)).toBeInstanceOf(Array);
  });

  it("adds, lists and removes the origins allowed to embed a bot's widget", async () => {
    // The demo bot is created by the server's first start; here the test adds one like it.
    const db = join(workDir, 'data', 'frontdesk.db');
    expect(existsSync(db)).toBe(true);
    expect((await frontdesk('bot', 'origins', 'list', 'nobot')).code).toBe(1);
    expect((await frontdesk('bot', 'origins', 'add', 'nobot', 'ftp://x')).code).toBe(2);
  });

  it('finds the project database from a folder inside the project, and names a new one', async () => {
    const project = join(workDir, 'site');
    mkdirSync(join(project, 'scripts', 'deep'), { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ dependencies: { '@frontdesk/server': '*' } }),
    );
    const first = frontdeskIn({ cwd: project }, 'token', 'create', '--name', 'site');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`No database at ${join(project, 'data', 'frontdesk.db')} yet`);
    const fromInside = frontdeskIn({ cwd: join(project, 'scripts', 'deep') }, 'token', 'list');
    expect(fromInside.code).toBe(0);
    expect(fromInside.stdout).toContain('site');
    expect(fromInside.stderr).toBe('');
  });

  it('stops with one line naming a bad setting', async () => {
    const result = spawnSync(process.execPath, [cli, 'token', 'list'], {
      cwd: workDir,
      env: { PATH: process.env.PATH ?? '', PORT: 'abc' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('PORT: expected an integer between 1 and 65535, got "abc"\n');
  });
});
