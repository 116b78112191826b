// `npx frontdesk` in a clone: npm links a package's bin at install time, before any build, so the
// bin must be a source file; it runs the built CLI, or says how to build it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const binOf = (packageJson: string) =>
  (JSON.parse(readFileSync(join(root, packageJson), 'utf8')) as { bin: Record<string, string> }).bin
    .frontdesk;
const launcher = join(root, 'packages/cli/bin/frontdesk.js');
const scratch = mkdtempSync(join(tmpdir(), 'frontdesk-bin-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the frontdesk bin', () => {
  it('is the executable source launcher in both package.json files, never a build output', () => {
    expect(join(root, 'packages/cli', binOf('packages/cli/package.json') ?? '')).toBe(launcher);
    expect(join(root, binOf('package.json') ?? '')).toBe(launcher);
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
    // npm links a workspace's bin into node_modules/.bin only for a package that depends on it.
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(rootManifest.dependencies['@frontdesk/cli']).toBeDefined();
  });

  it('runs the built CLI', () => {
    const run = spawnSync(launcher, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(launcher, ['--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('token create --name NAME');
  });

  it('says how to build when there is no build yet, and fails', () => {
    const copy = join(scratch, 'bin/frontdesk.js');
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(launcher, copy);
    const run = spawnSync(process.execPath, [copy, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Run `npm run build`');
  });
});
