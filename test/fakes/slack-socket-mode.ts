// A fake Slack Socket Mode server on 127.0.0.1: says hello, pushes envelopes, records the app's acks.
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSocketMode {
  /** The `wss://` address `apps.connections.open` hands out (here `ws://`). */
  url: string;
  acks: SocketAck[];
  /** Resolves when the app has connected (and been greeted with hello). */
  connected(): Promise<void>;
  /** Sends an envelope (`events_api`, `slash_commands`, `interactive`); resolves with the app's ack. */
  push(type: string, payload: Record<string, unknown>): Promise<SocketAck>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const acks: SocketAck[] = [];
  const waiting = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  let onConnect: (() => void) | undefined;
  let counter = 0;

  server.on('connection', (connection) => {
    socket = connection;
    connection.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      acks.push(ack);
      waiting.get(ack.envelope_id)?.(ack);
    });
    connection.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FRONTDESK' } }),
    );
    onConnect?.();
  });

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    acks,
    connected: () =>
      socket?.readyState === WebSocket.OPEN
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            onConnect = resolve;
          }),
    push(type, payload) {
      const open = socket;
      if (!open) throw new Error('Nobody is connected to the fake Socket Mode server.');
      counter += 1;
      const envelopeId = `env-${counter}`;
      const acked = new Promise<SocketAck>((resolve) => waiting.set(envelopeId, resolve));
      open.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
