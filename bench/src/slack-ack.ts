// `npm run bench` (second part): how fast Slack events are acknowledged while the agent takes 10 s to answer.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentClient } from '@frontdesk/core';
import { startServer } from '@frontdesk/server';
import { loadSettings } from '@frontdesk/services';
import pino from 'pino';
import { BENCH_TOKEN } from './bench-token.js';

const SECRET = 'bench-signing-secret';
const EVENTS = Number(process.env.BENCH_SLACK_EVENTS ?? 200);
const AGENT_MS = 10_000;

/** Answers after 10 s, like a slow LLM; the ack must not wait for it. */
const slowAgent: AgentClient = {
  async *send(_request, { signal }) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, AGENT_MS);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    });
    yield { type: 'text-delta', text: 'Done.' };
    yield { type: 'finish', noAnswer: false };
  },
};

/** The least of the Web API that answering needs: every call succeeds. */
async function startWebApi(): Promise<{ url: string; close(): void }> {
  let ts = 1_700_000_000;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ ok: true, ts: `${++ts}.000100`, user_id: 'UBOT', bot_id: 'BBOT' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => server.close(),
  };
}

function mention(index: number): string {
  const ts = `${1_800_000_000 + index}.000100`;
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event_id: `EvBench${index}`,
    event: {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> slow question',
      ts,
      channel: 'C1',
      event_ts: ts,
    },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-slack-'));
  const webApi = await startWebApi();
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: dataDir,
    FRONTDESK_BOOTSTRAP_TOKEN: BENCH_TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: webApi.url,
  });
  const server = await startServer(
    { ...settings, port: 0 },
    { handleSignals: false, logger: pino({ level: 'silent' }), agentFor: () => slowAgent },
  );
  const times: number[] = [];
  try {
    for (let index = 0; index < EVENTS; index++) {
      const body = mention(index);
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const started = performance.now();
      const response = await fetch(`${server.url}/slack/events`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Slack-Request-Timestamp': String(timestamp),
          'X-Slack-Signature': signature,
        },
        body,
      });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`Slack event ${index} got ${response.status}.`);
    }
  } finally {
    await server.close(); // lets the 10 s answers finish
    webApi.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const format = (ms: number) => ms.toFixed(1);
  console.log(
    `\nSlack acknowledgement while the agent takes ${AGENT_MS / 1000} s (${EVENTS} mentions, one at a time)`,
  );
  console.log('| p50 ms | p99 ms | max ms | Slack limit ms |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(
    `| ${format(percentile(sorted, 50))} | ${format(percentile(sorted, 99))} | ${format(sorted.at(-1) ?? 0)} | 3000 |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
