/** Reads open ServiceNow tickets back on each integration's schedule and posts status changes into their conversations. */
import {
  type Bot,
  changeTicket,
  type Integration,
  type Store,
  type Ticket,
  type TicketUpdateDeps,
} from '@frontdesk/core';
import type { Logger } from 'pino';

/** How often incidents are read when the integration does not say (`data.pollIntervalSeconds`). */
const DEFAULT_POLL_SECONDS = 60;
/** Tickets read per integration and round, most recently updated first. */
const TICKETS_PER_ROUND = 500;

export interface TicketPollerOptions extends TicketUpdateDeps {
  logger: Logger;
  /** The ticket as its sink reads it now (the remote status mapped to Frontdesk's words). */
  statusOf(bot: Bot, ticket: Ticket): Promise<Ticket>;
}

function intervalMs(integration: Integration): number {
  const seconds = integration.data.pollIntervalSeconds;
  return (typeof seconds === 'number' && seconds >= 1 ? seconds : DEFAULT_POLL_SECONDS) * 1000;
}

/**
 * One pass: every active ServiceNow integration whose interval has passed has its tickets read;
 * a status that changed goes through `changeTicket` (message, and CSAT on resolve). Run it on a timer.
 */
export function createTicketPoller(options: TicketPollerOptions): () => Promise<void> {
  const store: Store = options.store;

  async function pollIntegration(integration: Integration): Promise<void> {
    const { tickets } = await store.listTickets(integration.workspaceId, {
      sort: 'updatedAt',
      order: 'desc',
      limit: TICKETS_PER_ROUND,
      offset: 0,
    });
    const bots = new Map<string, Bot | undefined>();
    for (const ticket of tickets) {
      // `closed` is final in ServiceNow; `resolved` may still be reopened or closed.
      if (ticket.sink !== 'servicenow' || !ticket.externalId || ticket.status === 'closed') continue;
      if (!bots.has(ticket.botId))
        bots.set(ticket.botId, await store.getBot(ticket.workspaceId, ticket.botId));
      const bot = bots.get(ticket.botId);
      if (bot?.settings.ticketPolicy.integrationId !== integration.id) continue;
      try {
        const remote = await options.statusOf(bot, ticket);
        if (remote.status !== ticket.status) await changeTicket(options, ticket, { status: remote.status });
      } catch (error) {
        options.logger.warn(
          { ticketId: ticket.id, reason: error instanceof Error ? error.message : 'unknown' },
          'cannot read a ServiceNow ticket back',
        );
      }
    }
  }

  return async () => {
    for (const workspace of await store.listWorkspaces()) {
      for (const integration of await store.listIntegrations(workspace.id)) {
        if (integration.kind !== 'servicenow' || integration.status !== 'active') continue;
        const now = options.clock.now();
        // A lease in the store, not in memory: of several instances one polls per interval.
        const lease = {
          key: `ticket-poll:${integration.id}`,
          value: '1',
          expiresAt: now + intervalMs(integration),
        };
        // Reading first keeps the frequent not-yet answer a read; the claim decides atomically.
        if ((await store.getMarker(lease.key, now)) || !(await store.claimMarker(lease, now))) continue;
        await pollIntegration(integration);
      }
    }
  };
}
