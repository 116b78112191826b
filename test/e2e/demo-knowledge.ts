// A writable copy of examples/knowledge for the tests that change articles and sources.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = fileURLToPath(new URL('../../examples/knowledge', import.meta.url));

/** Copies examples/knowledge into a new temporary folder whose name starts with `prefix`; returns the folder. */
export async function copyDemoKnowledge(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(DEMO, dir, { recursive: true });
  return dir;
}
