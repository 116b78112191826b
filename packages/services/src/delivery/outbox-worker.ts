/** Runs outbox work on a timer: retries of deliveries and ticket intents left pending (after a crash too). */
import type { Logger } from 'pino';

export interface OutboxWorker {
  /** Stops the timer and waits for the running pass. */
  stop(): Promise<void>;
}

/** Runs `passes` in turn, then again `intervalMs` after they finish; errors are logged, never thrown. */
export function startOutboxWorker(options: {
  passes: (() => Promise<unknown>)[];
  intervalMs?: number;
  logger: Logger;
}): OutboxWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = async (): Promise<void> => {
    for (const pass of options.passes) {
      if (stopped) return;
      await pass().catch((error: unknown) => options.logger.error({ err: error }, 'outbox pass failed'));
    }
    if (stopped) return;
    timer = setTimeout(() => {
      current = loop();
    }, options.intervalMs ?? 1000);
    timer.unref();
  };
  let current = loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
