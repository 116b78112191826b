/** Picks each bot's ticket sink: builtin, or the Jira / ServiceNow / webhook integration its ticket policy names. */
import type { Bot, Clock, IdSource, Integration, Store, TicketSink } from '@frontdesk/core';
import {
  type AttachmentReader,
  createBuiltinTicketSink,
  createJiraSystem,
  createServiceNowSystem,
  createSyncedTicketSink,
  createWebhookSystem,
  type RemoteTicketSystem,
  type SyncedTicketSink,
} from '@frontdesk/tickets';
import type { Logger } from 'pino';
import type { SecretBox } from '../secrets/secret-box.js';

export interface TicketSinks {
  /** The sink for the bot's tickets; a missing or unusable integration fails the ticket with a clear error. */
  sinkFor(bot: Bot): TicketSink;
  /** Completes stored ticket intents of every integration (after a crash or a failed call). */
  resumeAll(): Promise<void>;
}

/** The remote system for an integration, from its settings and its opened secret (also used by its test button). */
export function remoteFor(
  integration: Integration,
  secret: string,
  files?: AttachmentReader,
): RemoteTicketSystem {
  const data = integration.data as Record<string, string | undefined>;
  const need = (field: string): string => {
    const value = data[field];
    if (!value) throw new Error(`Integration ${integration.id} (${integration.kind}) has no ${field}.`);
    return value;
  };
  if (integration.kind === 'jira') {
    return createJiraSystem({
      baseUrl: need('baseUrl'),
      email: need('email'),
      apiToken: secret,
      projectKey: need('projectKey'),
      ...(data.issueType ? { issueType: data.issueType } : {}),
      ...(files ? { files } : {}),
    });
  }
  if (integration.kind === 'servicenow') {
    return createServiceNowSystem({
      baseUrl: need('baseUrl'),
      username: need('username'),
      password: secret,
      ...(files ? { files } : {}),
    });
  }
  if (integration.kind === 'webhook') return createWebhookSystem({ url: need('url'), secret });
  throw new Error(`Integration ${integration.id} is a ${integration.kind} integration, not a ticket system.`);
}

export function createTicketSinks(options: {
  store: Store;
  clock: Clock;
  ids: IdSource;
  secrets: SecretBox;
  publicUrl: string;
  logger: Logger;
  /** Attachments, uploaded to Jira issues and ServiceNow incidents. */
  files?: AttachmentReader;
}): TicketSinks {
  const { store } = options;
  const ticketUrl = (id: string) => `${options.publicUrl}/v1/tickets/${id}`;
  const builtin = createBuiltinTicketSink({ ...options, ticketUrl });
  // Keyed by sink and the integration's `updatedAt`: a changed URL or secret builds a new sink.
  const synced = new Map<string, { updatedAt: number; sink: SyncedTicketSink }>();
  // Test hook for the exactly-once test: the process dies between storing the intent and the remote call.
  const exitAfterIntent = process.env.FRONTDESK_TEST_EXIT_AFTER_TICKET_INTENT === '1';

  async function syncedSink(workspaceId: string, integrationId: string): Promise<SyncedTicketSink> {
    const sinkId = `${workspaceId}/${integrationId}`;
    // Read for every ticket: after a change, deactivation or deletion nothing goes to the old target.
    const integration = await store.getIntegration(workspaceId, integrationId);
    if (!integration?.secret || integration.status !== 'active') {
      synced.delete(sinkId);
      throw new Error(`Ticket integration ${integrationId} is missing, inactive or has no secret.`);
    }
    const cached = synced.get(sinkId);
    if (cached?.updatedAt === integration.updatedAt) return cached.sink;
    const sink = createSyncedTicketSink({
      ...options,
      remote: remoteFor(integration, options.secrets.open(integration.secret), options.files),
      ticketUrl,
      sinkId,
      onOutcome: (outcome) => store.recordIntegrationDelivery(workspaceId, integrationId, outcome),
      ...(exitAfterIntent ? { afterIntent: () => process.exit(86) } : {}),
    });
    synced.set(sinkId, { updatedAt: integration.updatedAt, sink });
    return sink;
  }

  async function usable(workspaceId: string, integrationId: string): Promise<boolean> {
    const integration = await store.getIntegration(workspaceId, integrationId);
    if (integration?.status === 'active' && integration.secret) return true;
    options.logger.warn(
      { integrationId },
      'ticket integration is missing or inactive; ticket kept in the desk',
    );
    return false;
  }

  return {
    sinkFor(bot) {
      const integrationId = bot.settings.ticketPolicy.integrationId;
      if (!integrationId) return builtin;
      return {
        name: 'integration',
        async create(request, key) {
          // A deactivated or deleted integration gets nothing: the ticket stays in the desk only.
          if (!(await usable(bot.workspaceId, integrationId))) return builtin.create(request, key);
          return (await syncedSink(bot.workspaceId, integrationId)).create(request, key);
        },
        status: async (ticket) => (await syncedSink(bot.workspaceId, integrationId)).status(ticket),
      };
    },
    async resumeAll() {
      const due = await store.listDueOutbox(options.clock.now(), 100);
      const sinkIds = new Set(
        due
          .filter((entry) => entry.kind === 'ticket')
          .map((entry) => (JSON.parse(entry.payload) as { sinkId?: string }).sinkId ?? ''),
      );
      for (const sinkId of sinkIds) {
        const [workspaceId, integrationId] = sinkId.split('/');
        if (!workspaceId || !integrationId) continue;
        try {
          await (await syncedSink(workspaceId, integrationId)).resume();
        } catch (error) {
          options.logger.warn(
            { sinkId, reason: error instanceof Error ? error.message : 'unknown' },
            'cannot resume ticket intents',
          );
        }
      }
    },
  };
}
