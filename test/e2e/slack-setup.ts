// A real server with Slack enabled, pointed at the fake Slack Web API, and a scripted agent.
import type { AgentClient, AgentRequest } from '@frontdesk/core';
import { afterAll, beforeAll } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, type SlackCall, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { startTestServer, type TestServer } from './harness.js';

export const ANSWER =
  '**Reset** your password from *Settings*:\n- open `Account`\n- choose [Reset password](https://docs.example.com/reset)';

export const SOURCES = [
  { type: 'knowledge_base', name: 'Reset your password', score: 0.93, url: 'https://docs.example.com/reset' },
];

/**
 * Answers with ANSWER; "slow" waits 10 s, "fail" throws, "long" answers with 20,000 characters,
 * "drip" streams 30 words over 1.5 s, "stumped" has no answer (so the bot offers a person).
 */
export function scriptedSlackAgent(): AgentClient & { requests: AgentRequest[] } {
  const requests: AgentRequest[] = [];
  return {
    requests,
    async *send(request, { signal }) {
      requests.push(request);
      if (request.text.includes('slow')) {
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, 10_000);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
      }
      if (request.text.includes('fail')) throw new Error('agent exploded');
      if (request.text.includes('stumped')) {
        yield { type: 'text-delta', text: 'I could not find that in our articles.' };
        yield { type: 'finish', noAnswer: true };
        return;
      }
      if (request.text.includes('drip')) {
        for (let index = 0; index < 30; index++) {
          yield { type: 'text-delta', text: `word${index} ` };
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } else if (request.text.includes('long')) {
        for (let index = 0; index < 200; index++) {
          yield { type: 'text-delta', text: `Paragraph ${index}: ${'lorem ipsum '.repeat(8)}\n\n` };
        }
      } else {
        yield { type: 'text-delta', text: ANSWER.slice(0, 20) };
        yield { type: 'text-delta', text: ANSWER.slice(20) };
      }
      yield { type: 'sources', sources: SOURCES };
      yield { type: 'finish', noAnswer: false };
    },
  };
}

export interface SlackTestServer {
  server: TestServer;
  slack: FakeSlackWebApi;
  agent: ReturnType<typeof scriptedSlackAgent>;
  close(): Promise<void>;
}

/** Starts the fake Web API and the server with SLACK_* set. */
export async function startSlackServer(env: Record<string, string> = {}): Promise<SlackTestServer> {
  const slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
  const agent = scriptedSlackAgent();
  const server = await startTestServer({
    env: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: slack.apiUrl,
      ...env,
    },
    agentFor: () => agent,
    ...(process.env.DEBUG_SLACK ? { logger: (await import('pino')).default({ level: 'debug' }) } : {}),
  });
  return {
    server,
    slack,
    agent,
    async close() {
      await server.close();
      await slack.close();
    },
  };
}

/**
 * Starts a Slack test server before the file's tests and closes it after them. The returned
 * object reads through to the running server, so use it (or destructure it) inside tests only.
 */
export function useSlackServer(env: Record<string, string> = {}): Omit<SlackTestServer, 'close'> {
  let running: SlackTestServer | undefined;
  beforeAll(async () => {
    running = await startSlackServer(env);
  });
  afterAll(async () => {
    await running?.close();
  });
  const current = (): SlackTestServer => {
    if (!running) throw new Error('The Slack test server is not running yet.');
    return running;
  };
  return {
    get server() {
      return current().server;
    },
    get slack() {
      return current().slack;
    },
    get agent() {
      return current().agent;
    },
  };
}

/** Matches Web API calls posted in the thread started by `threadTs`. */
export const inThread = (threadTs: string) => (call: SlackCall) => call.args.thread_ts === threadTs;

/** Gives the server time to finish work it does after acknowledging Slack. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
