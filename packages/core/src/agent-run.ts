/** Runs an agent call under a time budget and the caller's abort signal, mapping failures to AgentError. */
import type { AgentClient, AgentEvent, AgentRequest } from './agent-client.js';
import { AgentError } from './errors.js';

class AgentTimeout extends Error {}

/**
 * Yields the agent's events. The caller's abort rejects with the abort reason (the client went
 * away); running past `timeoutMs` is a 504 `agent_error`; anything the agent throws is a 502.
 * Each step is raced against the signals, so an agent that ignores its signal cannot hold us.
 */
export async function* runAgent(
  agent: AgentClient,
  request: AgentRequest,
  options: { signal: AbortSignal; timeoutMs: number },
): AsyncGenerator<AgentEvent> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new AgentTimeout()), options.timeoutMs);
  const onAbort = () => controller.abort(options.signal.reason);
  if (options.signal.aborted) onAbort();
  else options.signal.addEventListener('abort', onAbort, { once: true });

  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => {}); // observed below; avoid an unhandled rejection when never raced

  let iterator: AsyncIterator<AgentEvent> | undefined;
  let finished = false;
  try {
    iterator = agent.send(request, { signal: controller.signal })[Symbol.asyncIterator]();
    while (true) {
      const step = await Promise.race([iterator.next(), aborted]);
      if (step.done) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } catch (error) {
    if (controller.signal.aborted) {
      const reason = controller.signal.reason;
      if (reason instanceof AgentTimeout) {
        throw new AgentError('The agent did not answer in time.', { timeout: true });
      }
      throw reason;
    }
    if (error instanceof AgentError) throw error;
    throw new AgentError('The agent failed to answer.', { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    if (!finished) {
      // Stopped early (error, timeout, or the consumer left): tell the agent, and let it clean
      // up without waiting on it, since it may be the thing that hangs.
      if (!controller.signal.aborted) controller.abort();
      iterator?.return?.().catch(() => {});
    }
  }
}
