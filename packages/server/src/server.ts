/** Starts Frontdesk: the runtime, the channels and the app on a port, with a graceful shutdown. */
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentClient, Bot } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { createLogger } from '@frontdesk/services/logger';
import { createRuntime, type Runtime } from '@frontdesk/services/runtime/runtime';
import { defaultPublicUrl, type Settings } from '@frontdesk/services/settings/config';
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { type ComposedApp, composeApp } from './compose.js';

/** How long in-flight requests (streams included) get to finish once shutdown begins. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ClientTimeouts {
  headersMs: number;
  requestMs: number;
  checkEveryMs: number;
}

/** A client that trickles its headers or body holds a socket: it gets this long, then a 408. */
const CLIENT_TIMEOUTS: ClientTimeouts = { headersMs: 15_000, requestMs: 30_000, checkEveryMs: 5_000 };

export interface StartOptions {
  logger?: Logger;
  /** Answers for some bots instead of their configured agent (tests); `undefined` falls back to it. */
  agentFor?: (bot: Bot) => AgentClient | undefined;
  /**
   * How long a client may take to send its headers and its whole request (default 15 s and 30 s),
   * and how often open connections are checked against that (default 5 s). Tests shorten them.
   */
  clientTimeouts?: ClientTimeouts;
  /** Close gracefully and exit 0 on SIGTERM and SIGINT. Default true; tests that start in-process pass false. */
  handleSignals?: boolean;
}

export interface RunningServer {
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The running system: its store, core and services (tests read and seed through it, on the same connection). */
  runtime: Runtime;
  /** Stops accepting, lets requests finish (up to 10 s), closes the channels and the runtime. Safe to call twice. */
  close(): Promise<void>;
}

/** Listens, then builds the runtime and the app around it. Resolves once requests are answered. */
export async function startServer(settings: Settings, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  let app: Hono<AppEnv> | undefined;
  // The port opens first: with port 0 (tests) links must name the port the system picked.
  // Until the app is assembled (milliseconds), a request gets a 503.
  const server = await listen(
    (request, env) => (app ? app.fetch(request, env) : notReady()),
    settings,
    options.clientTimeouts ?? CLIENT_TIMEOUTS,
  );
  let runtime: Runtime;
  let composed: ComposedApp;
  try {
    const effective = withActualPort(settings, (server.address() as AddressInfo).port);
    runtime = await createRuntime(effective, {
      logger,
      ...(options.agentFor ? { agentFor: options.agentFor } : {}),
    });
    composed = composeApp(runtime);
    runtime.startJobs();
    app = composed.app;
  } catch (error) {
    await stopAccepting(server);
    throw error;
  }

  const url = addressUrl(server.address() as AddressInfo);
  const { publicUrl } = runtime.settings;
  const publicNote = publicUrl === url ? '' : ` (public URL ${publicUrl})`;
  logger.info({ url, publicUrl }, `Frontdesk is listening on ${url}${publicNote}`);

  const handleSignals = options.handleSignals ?? true;
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'received a stop signal');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      logger.info('shutting down');
      // Open SSE streams hear `shutdown` first and end, instead of being cut.
      runtime.beginShutdown();
      await stopAccepting(server);
      // Acknowledged Slack requests finish their answers before the store closes.
      await composed.closeChannels();
      await runtime.close();
      logger.info('stopped');
    })();
    return closing;
  };

  if (handleSignals) {
    // `once`: a second Ctrl-C during a slow shutdown falls through to Node's default and ends the process.
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { url, runtime, close };
}

function notReady(): Response {
  return new Response(null, { status: 503, headers: { 'Retry-After': '1' } });
}

/**
 * With port 0 (tests set it after loading settings), a default public URL is rewritten to name the
 * port the system picked; a public URL the operator chose is left alone.
 */
function withActualPort(settings: Settings, port: number): Settings {
  if (settings.port !== 0) return settings;
  const configuredPort = /:(\d+)$/.exec(settings.publicUrl)?.[1];
  const isDefault =
    configuredPort !== undefined &&
    settings.publicUrl === defaultPublicUrl(settings.host, Number(configuredPort));
  return isDefault
    ? { ...settings, port, publicUrl: defaultPublicUrl(settings.host, port) }
    : { ...settings, port };
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  settings: Settings,
  timeouts: ClientTimeouts,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    // Responses (SSE streams) are not limited by these: only how long the request takes to arrive.
    const serverOptions = {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    };
    const server = serve({ fetch, port: settings.port, hostname: settings.host, serverOptions }, () => {
      server.off('error', reject);
      resolve(server);
    });
    server.once('error', reject);
  });
}

/** Closes the listener, then idle keep-alive sockets; busy ones get the grace period, then are cut. */
function stopAccepting(server: ServerType): Promise<void> {
  const http = server as HttpServer;
  return new Promise((resolve) => {
    // Keep-alive sockets go idle as their last response ends; sweep them until all are gone.
    const sweep = setInterval(() => http.closeIdleConnections(), 100);
    const deadline = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
    http.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    http.closeIdleConnections();
  });
}

function addressUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
