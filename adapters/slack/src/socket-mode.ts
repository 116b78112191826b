/**
 * Socket Mode: with an app-level token (`xapp-…`) Slack pushes events over a WebSocket the adapter
 * opens, so no public URL is needed. Payloads go to the same receiver as HTTP: same listeners, same dedupe.
 */
import { SocketModeClient } from '@slack/socket-mode';
import { boltLogger } from './bolt-logger.js';
import type { SlackLogger } from './options.js';
import { type RequestReceiver, redact } from './receiver.js';

export interface SocketMode {
  /** Resolves once Slack said hello on the socket. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface SocketEvent {
  ack(response?: Record<string, unknown>): Promise<void>;
  body: Record<string, unknown>;
  retry_num?: number;
  retry_reason?: string;
}

/** A client on `apps.connections.open` that dispatches every envelope to `receiver`. */
export function createSocketMode(options: {
  appToken: string;
  apiUrl: string;
  receiver: RequestReceiver;
  logger: SlackLogger;
}): SocketMode {
  const client = new SocketModeClient({
    appToken: options.appToken,
    clientOptions: { slackApiUrl: options.apiUrl },
    logger: boltLogger(options.logger),
  });
  client.on('slack_event', ({ ack, body, retry_num, retry_reason }: SocketEvent) => {
    options.receiver.dispatch(body, {
      ack: (response) => {
        const payload =
          response === undefined || response === ''
            ? undefined
            : typeof response === 'string'
              ? { text: response }
              : response;
        ack(payload as Record<string, unknown> | undefined).catch((error: unknown) =>
          options.logger.warn({ err: redact(error) }, 'slack: socket mode ack failed'),
        );
      },
      ...(retry_num !== undefined ? { retryNum: retry_num } : {}),
      ...(retry_reason !== undefined ? { retryReason: retry_reason } : {}),
    });
  });
  return {
    async start() {
      await client.start();
    },
    async stop() {
      await client.disconnect();
    },
  };
}
