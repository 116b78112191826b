// The built `frontdesk start` as a child process: a free port, spawning it, waiting until it listens.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseEnv } from './test-database.js';

/** `packages/cli/dist/cli.js`: the built CLI (run `npm run build` first). */
export const CLI = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url));

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface CliProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** The exit code once the process has exited. */
  exited: Promise<number | null>;
}

/** Spawns `frontdesk start` with `env` on top of this process's environment, collecting its output. */
export function spawnCli(env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Spawns `frontdesk start` and waits up to 15 s for it to log "listening"; throws with its output
 * if it exits first or takes longer. `onSpawn` sees the child at once, e.g. to kill it after a failed test.
 */
export async function startCli(
  env: Record<string, string>,
  onSpawn?: (child: ChildProcess) => void,
): Promise<CliProcess> {
  // On PostgreSQL (FRONTDESK_TEST_DATABASE_URL) the data folder's own schema; SQLite otherwise.
  const database =
    env.FRONTDESK_DATA_DIR && !env.DATABASE_URL ? await databaseEnv(env.FRONTDESK_DATA_DIR) : {};
  const running = spawnCli({ ...database, ...env });
  onSpawn?.(running.child);
  const deadline = Date.now() + 15_000;
  while (!running.output().includes('listening')) {
    if (Date.now() > deadline || running.child.exitCode !== null)
      throw new Error(`The server did not start:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return running;
}

/** Stops a started `frontdesk start` (if any) and waits until it has exited. */
export async function stopCli(running: CliProcess | undefined): Promise<void> {
  if (!running) return;
  running.child.kill('SIGTERM');
  await running.exited;
}

/** The owner token `frontdesk start` wrote to `owner-token.txt` in `dataDir` on its first start. */
export function readOwnerToken(dataDir: string): string {
  return /\b(fd_[A-Za-z0-9_-]{40,})/.exec(readFileSync(join(dataDir, 'owner-token.txt'), 'utf8'))?.[1] ?? '';
}
