import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProjectDir } from './project-dir.js';

const root = mkdtempSync(join(tmpdir(), 'frontdesk-project-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findProjectDir', () => {
  it('finds the clone from any folder inside it', () => {
    const clone = join(root, 'clone');
    mkdirSync(join(clone, 'packages', 'server', 'src'), { recursive: true });
    writeFileSync(join(clone, 'package.json'), JSON.stringify({ name: 'frontdesk' }));
    expect(findProjectDir(join(clone, 'packages', 'server', 'src'), join(root, 'none'))).toBe(clone);
  });

  it('finds a folder holding the database, or a project that depends on Frontdesk', () => {
    const site = join(root, 'site');
    mkdirSync(join(site, 'data'), { recursive: true });
    writeFileSync(join(site, 'data', 'frontdesk.db'), '');
    mkdirSync(join(site, 'scripts'));
    expect(findProjectDir(join(site, 'scripts'), join(root, 'none'))).toBe(site);

    const app = join(root, 'app');
    mkdirSync(join(app, 'lib'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ dependencies: { '@frontdesk/server': '1' } }));
    expect(findProjectDir(join(app, 'lib'), join(root, 'none'))).toBe(app);
  });

  it('uses the clone the CLI was built in when run from an unrelated folder', () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    expect(findProjectDir(elsewhere, join(root, 'clone'))).toBe(join(root, 'clone'));
    expect(findProjectDir(elsewhere, join(root, 'none'))).toBe(elsewhere);
  });
});
