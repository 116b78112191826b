/**
 * The Frontdesk project a command belongs to, so `frontdesk …` opens the same `.env` and
 * `data/frontdesk.db` as the server, from whatever folder it is run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this file was built in (`packages/server/dist` or `src` → three levels up). */
const CLONE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The nearest folder, from `start` upwards, that holds `data/frontdesk.db` or a package.json
 * of Frontdesk (the clone itself, or a project depending on `@frontdesk/server`). Outside any,
 * the clone this CLI was built in, and only when that is not a clone either, `start` itself.
 */
export function findProjectDir(start: string = process.cwd(), cloneRoot: string = CLONE_ROOT): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isProjectDir(dir)) return dir;
    if (dirname(dir) === dir) break;
  }
  return isFrontdeskPackage(cloneRoot) ? cloneRoot.replace(/[\\/]+$/, '') : start;
}

function isProjectDir(dir: string): boolean {
  return existsSync(join(dir, 'data', 'frontdesk.db')) || isFrontdeskPackage(dir);
}

function isFrontdeskPackage(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      name?: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const dependsOn = { ...manifest.dependencies, ...manifest.devDependencies };
    return manifest.name === 'frontdesk' || '@frontdesk/server' in dependsOn || 'frontdesk' in dependsOn;
  } catch {
    return false;
  }
}
