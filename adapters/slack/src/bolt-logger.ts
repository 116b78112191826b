/** Bolt's logger interface on top of ours, so Bolt's own messages land in the server log. */
import { type Logger, LogLevel } from '@slack/bolt';
import type { SlackLogger } from './options.js';

const text = (parts: unknown[]) =>
  parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');

/** Bolt logs at `warn` and above only: its debug output can contain request bodies. */
export function boltLogger(logger: SlackLogger): Logger {
  let level = LogLevel.WARN;
  let name = 'bolt';
  return {
    debug: () => {},
    info: () => {},
    warn: (...parts) => logger.warn({ component: name }, text(parts)),
    error: (...parts) => logger.error({ component: name }, text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
