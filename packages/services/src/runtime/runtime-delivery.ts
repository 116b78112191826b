/**
 * Later messages (staff replies, ticket updates, CSAT questions): the channels' delivery ports, the
 * router over them, e-mail behind the web channel, and the background jobs that retry and poll.
 */
import type { Clock, DeliveryPort, IdSource, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import { createDeliveryRouter, type DeliveryRouter } from '../delivery/delivery-router.js';
import { type OutboxWorker, startOutboxWorker } from '../delivery/outbox-worker.js';
import { createTicketPoller } from '../delivery/ticket-poller.js';
import { withEmailFallback } from '../email/email-fallback.js';
import { createSmtpMailer, type Mailer } from '../email/mailer.js';
import { createResumeLinks } from '../email/resume-link.js';
import type { Settings } from '../settings/config.js';
import type { TicketSinks } from '../tickets/ticket-sinks.js';

/** A channel's port; the web channel also says whether a widget is open on the conversation. */
export interface ChannelPort extends DeliveryPort {
  listening?(conversationId: string): boolean;
}

export interface RuntimeDelivery {
  /** The SMTP mailer when FRONTDESK_SMTP_URL is set: staff replies to absent visitors, invitations. */
  mailer: Mailer | undefined;
  /** Sends through the outbox to the conversation's channel, once per message id. */
  deliveryRouter: DeliveryRouter;
  /** A channel adapter registers its port once it is open; with SMTP set, the web port gains e-mail. */
  registerDeliveryPort(port: ChannelPort): void;
  /** Starts outbox retries (every second) and ticket polling. Tests that do not need them leave them off. */
  startJobs(): void;
  /** Stops the jobs and waits for a running pass. */
  stopJobs(): Promise<void>;
}

export function createRuntimeDelivery(options: {
  settings: Settings;
  store: Store;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  secretKey: Buffer;
  ticketSinks: TicketSinks;
}): RuntimeDelivery {
  const { settings, store, clock, ids, logger, ticketSinks } = options;
  const ports = new Map<string, DeliveryPort>();
  const mailer: Mailer | undefined = settings.smtpUrl
    ? createSmtpMailer({ url: settings.smtpUrl, from: settings.smtpFrom })
    : undefined;
  // Set while the jobs stop: the drain in progress hands back what it has not started.
  let stopping = false;
  const deliveryRouter = createDeliveryRouter({
    store,
    clock,
    ids,
    logger,
    ports: () => [...ports.values()],
    stopping: () => stopping,
  });
  const pollTickets = createTicketPoller({
    store,
    clock,
    ids,
    logger,
    send: deliveryRouter.send,
    statusOf: (bot, ticket) => ticketSinks.sinkFor(bot).status(ticket),
  });
  let workers: OutboxWorker[] = [];

  return {
    mailer,
    deliveryRouter,
    registerDeliveryPort(port) {
      const listening = port.listening?.bind(port);
      const withEmail =
        mailer && listening
          ? withEmailFallback(port, {
              store,
              clock,
              logger,
              mailer,
              links: createResumeLinks(options.secretKey),
              publicUrl: settings.publicUrl,
              listening,
            })
          : port;
      ports.set(port.channel, withEmail);
    },
    startJobs() {
      if (workers.length > 0) return;
      stopping = false;
      workers = [
        startOutboxWorker({ passes: [ticketSinks.resumeAll, deliveryRouter.drain], logger }),
        // ServiceNow has no callbacks here: its tickets are read back on each integration's schedule.
        startOutboxWorker({ passes: [pollTickets], logger }),
      ];
    },
    async stopJobs() {
      stopping = true;
      await Promise.all(workers.map((worker) => worker.stop()));
      workers = [];
      mailer?.close();
    },
  };
}
