import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretKey, maskSecret, SECRET_KEY_FILE } from './secret-box.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('secret box', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const box = createSecretBox(loadSecretKey({ dataDir: tempDir() }));
    const sealed = box.seal('sk-live-very-secret');
    expect(sealed).not.toContain('sk-live');
    expect(box.seal('sk-live-very-secret')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('sk-live-very-secret');
  });

  it('refuses a value sealed with another key or altered', () => {
    const sealed = createSecretBox(loadSecretKey({ dataDir: tempDir() })).seal('secret');
    const other = createSecretBox(loadSecretKey({ secretKey: 'x'.repeat(32), dataDir: tempDir() }));
    expect(() => other.open(sealed)).toThrow();
    const box = createSecretBox(loadSecretKey({ secretKey: 'y'.repeat(32), dataDir: tempDir() }));
    const good = box.seal('secret');
    expect(() => box.open(`${good.slice(0, -2)}AA`)).toThrow();
  });

  it('generates the key file once with 0600 permissions and reuses it', () => {
    const dataDir = join(tempDir(), 'nested');
    const first = loadSecretKey({ dataDir });
    const file = join(dataDir, SECRET_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ dataDir })).toEqual(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
  });

  it('derives the key from FRONTDESK_SECRET_KEY without writing a file', () => {
    const dataDir = tempDir();
    const key = loadSecretKey({ secretKey: 'z'.repeat(40), dataDir });
    expect(key).toEqual(loadSecretKey({ secretKey: 'z'.repeat(40), dataDir }));
    expect(() => statSync(join(dataDir, SECRET_KEY_FILE))).toThrow();
  });

  it('masks secrets, showing at most the last four characters of long ones', () => {
    expect(maskSecret('sk-abcdefghijklmnop1234')).toBe('••••1234');
    expect(maskSecret('short')).toBe('••••');
  });
});
