// Child process of the benchmark: runs one server (bare echo, or Frontdesk's whole stack) and prints its URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentClient } from '@frontdesk/core';
import { startServer } from '@frontdesk/server';
import { loadSettings } from '@frontdesk/services';
import pino from 'pino';
import { BENCH_TOKEN } from './bench-token.js';
import { startEchoServer } from './echo-server.js';

/** Answers at once, like an agent with a warm cache: the benchmark measures Frontdesk, not a model. */
const instantAgent: AgentClient = {
  async *send() {
    yield { type: 'text-delta', text: 'Open Settings → Security and choose **Reset password**.' };
    yield {
      type: 'sources',
      sources: [
        {
          type: 'knowledge_base',
          name: 'Reset your password',
          score: 0.93,
          url: 'http://127.0.0.1/kb/reset',
        },
      ],
    };
    yield { type: 'finish', noAnswer: false };
  },
};

async function main(kind: string | undefined): Promise<void> {
  if (kind === 'echo') {
    const server = await startEchoServer();
    process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
    return;
  }
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'frontdesk-bench-')),
    FRONTDESK_BOOTSTRAP_TOKEN: BENCH_TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'warn',
    // The scale-out benchmark runs instances on PostgreSQL and Redis (see scale-out.ts).
    ...Object.fromEntries(
      ['DATABASE_URL', 'REDIS_URL', 'FRONTDESK_REDIS_PREFIX', 'FRONTDESK_SECRET_KEY']
        .filter((name) => process.env[name])
        .map((name) => [name, process.env[name] as string]),
    ),
  });
  const server = await startServer(
    { ...settings, port: 0 },
    { logger: pino({ level: 'warn' }), agentFor: () => instantAgent, handleSignals: true },
  );
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
