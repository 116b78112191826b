// `npm run bench` (third part): the widget's gzip sizes (loader and panel), and how long the server takes to pass the
// agent's first token on to the widget's stream (agent yields → first delta bytes at the client).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AgentClient } from '@frontdesk/core';
import { startServer } from '@frontdesk/server';
import { loadSettings } from '@frontdesk/services';
import pino from 'pino';
import { BENCH_TOKEN } from './bench-token.js';

const MESSAGES = Number(process.env.BENCH_WIDGET_MESSAGES ?? 200);
/** Not counted: the first requests pay for JIT compilation and cold caches. */
const WARM_UP = 20;
const widgetFile = fileURLToPath(new URL('../../widget/dist/widget.js', import.meta.url));
const chunksDir = fileURLToPath(new URL('../../widget/dist/chunks/', import.meta.url));

/** The moment the agent hands over its first token, per conversation turn. */
let firstTokenAt = 0;
const timedAgent: AgentClient = {
  async *send() {
    firstTokenAt = performance.now();
    yield { type: 'text-delta', text: 'First token' };
    yield { type: 'text-delta', text: ', then the rest.' };
    yield { type: 'finish', noAnswer: false };
  },
};

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/** Reads the SSE body until the first `message-delta` frame arrives; returns when it did. */
async function firstDeltaAt(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) throw new Error('The stream ended before a delta.');
    seen += decoder.decode(value, { stream: true });
    if (seen.includes('event: message-delta')) {
      const at = performance.now();
      await reader.cancel().catch(() => {});
      // Drain politely: the reply still finishes server-side.
      return at;
    }
  }
}

async function main(): Promise<void> {
  const size = gzipSync(readFileSync(widgetFile), { level: 9 }).length;
  const manifest = JSON.parse(readFileSync(join(chunksDir, 'manifest.json'), 'utf8')) as { panel: string };
  const panelSize = gzipSync(readFileSync(join(chunksDir, `${manifest.panel}.js`)), { level: 9 }).length;
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-widget-'));
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: dataDir,
    FRONTDESK_BOOTSTRAP_TOKEN: BENCH_TOKEN,
    FRONTDESK_RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(
    { ...settings, port: 0 },
    { logger: pino({ level: 'silent' }), agentFor: () => timedAgent, handleSignals: false },
  );
  try {
    const origin = server.url;
    const session = await fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ botId: 'demo' }),
    });
    const { data } = (await session.json()) as { data: { visitorToken: string } };
    const added: number[] = [];
    for (let index = 0; index < WARM_UP + MESSAGES; index++) {
      const response = await fetch(`${server.url}/widget/v1/messages`, {
        method: 'POST',
        headers: {
          Origin: origin,
          Authorization: `Bearer ${data.visitorToken}`,
          Accept: 'text/event-stream',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ text: `question ${index}` }),
      });
      const arrived = await firstDeltaAt(response);
      if (index >= WARM_UP) added.push(arrived - firstTokenAt);
    }
    added.sort((left, right) => left - right);
    const round = (value: number) => Math.round(value * 100) / 100;
    console.log('\nWidget');
    console.log(`widget.js (the loader), JS + CSS, gzip -9: ${size} bytes (budget 4,000)`);
    console.log(`the panel chunk, Preact + UI + CSS, gzip -9: ${panelSize} bytes (budget 15,000)`);
    console.log(
      `agent's first token → first delta byte at the client, ${MESSAGES} messages: ` +
        `p50 ${round(percentile(added, 0.5))} ms, p99 ${round(percentile(added, 0.99))} ms (target < 5 ms)`,
    );
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
