/** Starts Frontdesk: store, bootstrap, core and app on a port, with a graceful shutdown. */
import { closeSync, openSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type AgentClient,
  type Bot,
  createCore,
  createIdSource,
  type Store,
  systemClock,
} from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { bootstrap } from '@frontdesk/services/accounts/bootstrap';
import { type AgentRegistry, createAgentRegistry } from '@frontdesk/services/agents/agent-registry';
import { type OutboxWorker, startOutboxWorker } from '@frontdesk/services/delivery/outbox-worker';
import { createTicketPoller } from '@frontdesk/services/delivery/ticket-poller';
import { createSmtpMailer, type Mailer } from '@frontdesk/services/email/mailer';
import { createResumeLinks } from '@frontdesk/services/email/resume-link';
import { publishingStore } from '@frontdesk/services/events/desk-event-store';
import { createDeskEvents } from '@frontdesk/services/events/desk-events';
import { knowledgeFolder } from '@frontdesk/services/knowledge/knowledge-folders';
import { createLogger } from '@frontdesk/services/logger';
import { createSqliteRateLimiter } from '@frontdesk/services/rate-limiter';
import { createRequestLogWriter, type RequestLogWriter } from '@frontdesk/services/request-log';
import { createSecretBox, loadSecretKey, type SecretBox } from '@frontdesk/services/secrets/secret-box';
import { defaultPublicUrl, type Settings } from '@frontdesk/services/settings/config';
import { openStore } from '@frontdesk/services/store/open-store';
import { createTicketSinks } from '@frontdesk/services/tickets/ticket-sinks';
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import { createSlackChannel, type OpenChannels } from './channels/slack.js';
import { createTeamsChannel, type TeamsChannels } from './channels/teams.js';
import { wireDelivery } from './wire-delivery.js';

/** How long in-flight requests (streams included) get to finish once shutdown begins. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface StartOptions {
  logger?: Logger;
  /** Answers for some bots instead of their configured agent (tests); `undefined` falls back to it. */
  agentFor?: (bot: Bot) => AgentClient | undefined;
  /** Close gracefully and exit 0 on SIGTERM and SIGINT. Default true; tests that start in-process pass false. */
  handleSignals?: boolean;
}

export interface RunningServer {
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Stops accepting, lets requests finish (up to 10 s), closes agents and the store. Safe to call twice. */
  close(): Promise<void>;
}

/** Opens the store, sets up the first start, and listens. Resolves once requests are answered. */
export async function startServer(settings: Settings, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  const store = await openStore(settings);
  // Aborted first on shutdown: open SSE streams send a final `shutdown` event instead of being cut.
  const shutdown = new AbortController();
  let server: ServerType | undefined;
  let agents: AgentRegistry | undefined;
  let app: Hono<AppEnv> | undefined;
  let publicUrl: string;
  const channels: OpenChannels &
    TeamsChannels & {
      outbox?: OutboxWorker;
      poller?: OutboxWorker;
      requestLog?: RequestLogWriter;
      rateLimiter?: { close(): void };
      mailer?: Mailer;
    } = {};
  try {
    // The port opens first: with port 0 (tests) links must name the port the system picked.
    // Until the app is assembled (milliseconds), a request gets a 503.
    server = await listen((request, env) => (app ? app.fetch(request, env) : notReady()), settings);
    const effective = withActualPort(settings, (server.address() as AddressInfo).port);
    publicUrl = effective.publicUrl;
    const secrets = createSecretBox(loadSecretKey(settings));
    agents = createAgentRegistry({
      settings: effective,
      logger,
      credentials: { store, secrets, clock: systemClock },
    });
    app = await assemble({
      settings: effective,
      store,
      agents,
      logger,
      agentFor: options.agentFor,
      secrets,
      channels,
      shutdown: shutdown.signal,
    });
  } catch (error) {
    if (server) await stopAccepting(server);
    await agents?.close();
    await store.close();
    throw error;
  }

  const url = addressUrl(server.address() as AddressInfo);
  const publicNote = publicUrl === url ? '' : ` (public URL ${publicUrl})`;
  logger.info({ url, publicUrl }, `Frontdesk is listening on ${url}${publicNote}`);
  const listening = server;
  const registry = agents;

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
      shutdown.abort();
      await stopAccepting(listening);
      // Acknowledged Slack requests finish their answers before the store closes.
      await channels.slack?.close();
      await channels.teams?.close();
      await channels.poller?.stop();
      await channels.outbox?.stop();
      await channels.requestLog?.close();
      channels.mailer?.close();
      await registry.close();
      // Closing the store checkpoints SQLite's WAL, so the database is one clean file again.
      await store.close();
      channels.rateLimiter?.close();
      logger.info('stopped');
    })();
    return closing;
  };

  if (handleSignals) {
    // `once`: a second Ctrl-C during a slow shutdown falls through to Node's default and ends the process.
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { url, close };
}

interface AssembleOptions {
  settings: Settings;
  store: Store;
  agents: AgentRegistry;
  logger: Logger;
  agentFor: StartOptions['agentFor'];
  secrets: SecretBox;
  channels: OpenChannels &
    TeamsChannels & {
      outbox?: OutboxWorker;
      poller?: OutboxWorker;
      requestLog?: RequestLogWriter;
      rateLimiter?: { close(): void };
      mailer?: Mailer;
    };
  shutdown: AbortSignal;
}

/** First-start setup, then the core and the app around the store and agents. */
async function assemble(options: AssembleOptions): Promise<Hono<AppEnv>> {
  const { settings, agents, logger } = options;
  // Every ticket and message write also reaches the console's live stream (`GET /v1/events`).
  const deskEvents = createDeskEvents();
  const store = publishingStore(options.store, deskEvents);
  const clock = systemClock;
  const ids = createIdSource(clock);
  await bootstrap({ store, settings, clock, ids, logger });
  // Counters in their own file next to the database (0600), so a restart keeps every client's count.
  const limiterFile = join(settings.dataDir, 'rate-limits.db');
  closeSync(openSync(limiterFile, 'a', 0o600));
  const rateLimiter = await createSqliteRateLimiter(limiterFile);
  options.channels.rateLimiter = rateLimiter;
  const ticketSinks = createTicketSinks({
    store,
    clock,
    ids,
    secrets: options.secrets,
    publicUrl: settings.publicUrl,
    logger,
  });
  const core = createCore({
    store,
    agentFor: (bot) => options.agentFor?.(bot) ?? agents.agentFor(bot),
    ticketSinkFor: (bot) => ticketSinks.sinkFor(bot),
    rateLimiter,
    defaultRateLimits: settings.rateLimits,
    clock,
    ids,
  });
  // Read the demo folder now, so the first question and `/kb` see every article.
  await agents.ready(settings.knowledgeDir);
  const knowledge = agents.knowledgeFor(settings.knowledgeDir);
  const slack = createSlackChannel({ settings, store, core, logger, clock, secrets: options.secrets });
  options.channels.slack = slack;
  const teams = createTeamsChannel({ settings, store, core, logger, clock });
  options.channels.teams = teams;
  const mailer = settings.smtpUrl
    ? createSmtpMailer({ url: settings.smtpUrl, from: settings.smtpFrom })
    : undefined;
  options.channels.mailer = mailer;
  const delivery = wireDelivery({
    store,
    clock,
    ids,
    logger,
    channels: [slack, teams],
    passes: [ticketSinks.resumeAll],
    ...(mailer
      ? {
          email: {
            mailer,
            links: createResumeLinks(loadSecretKey(settings)),
            publicUrl: settings.publicUrl,
          },
        }
      : {}),
  });
  options.channels.outbox = delivery.worker;
  // ServiceNow has no callbacks here: its tickets are read back on each integration's schedule.
  const pollTickets = createTicketPoller({
    store,
    clock,
    ids,
    logger,
    send: delivery.deliveryRouter.send,
    statusOf: (bot, ticket) => ticketSinks.sinkFor(bot).status(ticket),
  });
  options.channels.poller = startOutboxWorker({ passes: [pollTickets], logger });
  options.channels.requestLog = createRequestLogWriter({ store: options.store, clock, ids, logger });
  return createApp({
    settings,
    shutdown: options.shutdown,
    store,
    core,
    logger,
    clock,
    ids,
    rateLimiter,
    knowledge,
    knowledgeFolder: (workspaceId: string, knowledgeDir: string) => {
      const dir = knowledgeFolder(workspaceId, knowledgeDir, settings);
      return { dir, ...agents.knowledgeFor(dir) };
    },
    secrets: options.secrets,
    // Signs widget visitor tokens (a key derived from it); the same key file as the credentials.
    secretKey: loadSecretKey(settings),
    slack,
    teams,
    webDelivery: delivery.webDelivery,
    deliveryRouter: delivery.deliveryRouter,
    deskEvents,
    requestLog: options.channels.requestLog,
  });
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

function listen(fetch: Parameters<typeof serve>[0]['fetch'], settings: Settings): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: settings.port, hostname: settings.host }, () => {
      server.off('error', reject);
      resolve(server);
    });
    // A client that trickles its headers or body holds a socket: the whole request must arrive
    // within 30 s (headers within 15 s). Responses (SSE streams) are not limited by this.
    const http = server as HttpServer;
    http.headersTimeout = 15_000;
    http.requestTimeout = 30_000;
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
