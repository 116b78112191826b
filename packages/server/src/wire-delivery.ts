/** Builds the server's delivery: the widget's port, the router over every open channel, and the outbox worker. */
import type { Clock, DeliveryPort, IdSource, Store } from '@frontdesk/core';
import { createDeliveryRouter, type DeliveryRouter } from '@frontdesk/services/delivery/delivery-router';
import { type OutboxWorker, startOutboxWorker } from '@frontdesk/services/delivery/outbox-worker';
import { withEmailFallback } from '@frontdesk/services/email/email-fallback';
import type { Mailer } from '@frontdesk/services/email/mailer';
import type { ResumeLinks } from '@frontdesk/services/email/resume-link';
import { createWebDelivery, type WebDelivery } from '@frontdesk/web/web-delivery';
import type { Logger } from 'pino';

export interface WiredDelivery {
  webDelivery: WebDelivery;
  deliveryRouter: DeliveryRouter;
  worker: OutboxWorker;
}

/** The channels that are on (Slack and Teams may be off) deliver; retries run every second. */
export function wireDelivery(options: {
  store: Store;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  channels: (DeliveryPort | undefined)[];
  /** More outbox work to run on the same timer (pending ticket intents). */
  passes?: (() => Promise<unknown>)[];
  /** With SMTP set up: staff replies to visitors who left are e-mailed. */
  email?: { mailer: Mailer; links: ResumeLinks; publicUrl: string };
}): WiredDelivery {
  const webDelivery = createWebDelivery(() => options.clock.now());
  const web = options.email
    ? withEmailFallback(webDelivery, { ...options, ...options.email, listening: webDelivery.listening })
    : webDelivery;
  const ports = [web, ...options.channels.filter((port): port is DeliveryPort => port !== undefined)];
  const deliveryRouter = createDeliveryRouter({ ...options, ports: () => ports });
  const worker = startOutboxWorker({
    passes: [...(options.passes ?? []), deliveryRouter.drain],
    logger: options.logger,
  });
  return { webDelivery, deliveryRouter, worker };
}
