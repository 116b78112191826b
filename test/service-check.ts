/**
 * Whether a service a suite needs (PostgreSQL, Redis, …) answers. Unreachable: the suite is
 * skipped with the reason printed, except under CI=true, where it must run and so fails instead.
 */

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for messages. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref();
  });
}

/**
 * Runs `probe` (which connects and asks something trivial). Resolves true when it succeeds; false,
 * after printing "`name` not reachable at `where`: skipped (reason)", when it fails; under CI=true
 * it throws instead, so a missing service can never turn into a green run.
 */
export async function serviceReachable(
  name: string,
  where: string,
  probe: () => Promise<unknown>,
  timeoutMs = 3000,
  options: { requiredInCi?: boolean } = {},
): Promise<boolean> {
  try {
    await Promise.race([probe(), timeout(timeoutMs)]);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = `${name} not reachable at ${withoutPassword(where)}`;
    if ((options.requiredInCi ?? true) && (process.env.CI === 'true' || process.env.CI === '1'))
      throw new Error(`${line} (${reason}); CI=true requires it (.ci/run starts it).`);
    console.warn(`${line}: skipped (${reason})`);
    return false;
  }
}

/**
 * Like `serviceReachable`, for what a CI machine cannot install: pgvector has no Debian bookworm
 * package, so its suites are skipped with the reason everywhere it is missing, CI included.
 */
export function optionalServiceReachable(
  name: string,
  where: string,
  probe: () => Promise<unknown>,
): Promise<boolean> {
  return serviceReachable(name, where, probe, 3000, { requiredInCi: false });
}
