/** One run per key at a time in this process: callers asking while it runs share its promise. */

export type SingleFlight<Value> = (key: string, run: () => Promise<Value>) => Promise<Value>;

/** Creates the shared-run map; the entry is dropped when the run settles. */
export function createSingleFlight<Value>(): SingleFlight<Value> {
  const running = new Map<string, Promise<Value>>();
  return (key, run) => {
    const current = running.get(key);
    if (current) return current;
    const started = run().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
