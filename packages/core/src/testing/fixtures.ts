/** Small test doubles for the core's unit tests: a manual clock, scripted agents, a windowed limiter. */
import type { AgentClient, AgentEvent, AgentRequest } from '../agent-client.js';
import { botSettingsSchema } from '../bot.js';
import type { Clock } from '../clock.js';
import type { RateLimitDecision, RateLimiter } from '../rate-limiter.js';
import type { Bot } from '../records.js';

export interface ManualClock extends Clock {
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

export function makeBot(overrides: Partial<Bot> = {}): Bot {
  return {
    id: 'demo',
    workspaceId: 'ws_a',
    name: 'Demo',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'unused' },
    settings: botSettingsSchema.parse({}),
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** An agent that answers every message with `reply(request)`, recording the requests it saw. */
export function scriptedAgent(reply: (request: AgentRequest) => AgentEvent[]): AgentClient & {
  requests: AgentRequest[];
} {
  const requests: AgentRequest[] = [];
  return {
    requests,
    async *send(request) {
      requests.push(request);
      for (const event of reply(request)) yield event;
    },
  };
}

/** Fixed windows counted against the injected clock; the real limiter lives in the server. */
export function windowLimiter(clock: Clock): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    async consume(key, policy): Promise<RateLimitDecision> {
      const now = clock.now();
      let tightest: RateLimitDecision = { allowed: true, limit: 0, remaining: Infinity, resetMs: 0 };
      const times = hits.get(key) ?? [];
      for (const window of policy) {
        const inWindow = times.filter((time) => time > now - window.durationMs);
        const oldest = inWindow[0] ?? now;
        const resetMs = oldest + window.durationMs - now;
        if (inWindow.length >= window.points) {
          return { allowed: false, limit: window.points, remaining: 0, resetMs, retryAfterMs: resetMs };
        }
        const remaining = window.points - inWindow.length - 1;
        if (remaining < tightest.remaining)
          tightest = { allowed: true, limit: window.points, remaining, resetMs };
      }
      times.push(now);
      hits.set(key, times);
      return tightest;
    },
  };
}
