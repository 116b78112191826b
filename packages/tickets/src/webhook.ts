/** Webhook sink: POSTs the ticket as signed JSON to a URL, with the idempotency key; the receiver may answer its own id and link. */
import { type FetchLike, requestJson } from './http.js';
import type { RemoteTicketSystem } from './remote-system.js';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature.js';

export interface WebhookOptions {
  url: string;
  /** Signs every request; never sent. */
  secret: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => number;
}

/** Builds the webhook system. Status changes come back through the callback endpoint, not by reading. */
export function createWebhookSystem(options: WebhookOptions): RemoteTicketSystem {
  /** POSTs `payload` signed, with the idempotency key; returns the receiver's JSON answer. */
  function send(payload: unknown, idempotencyKey: string): Promise<unknown> {
    const body = JSON.stringify(payload);
    const timestamp = Math.floor((options.now ?? Date.now)() / 1000);
    return requestJson(
      options.url,
      {
        method: 'POST',
        headers: {
          'Idempotency-Key': idempotencyKey,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(options.secret, timestamp, body),
        },
        body,
      },
      { ...options, system: 'The webhook' },
    );
  }

  return {
    name: 'webhook',
    async create(ticket, idempotencyKey) {
      const answer = (await send(
        {
          event: 'ticket.created',
          idempotencyKey,
          ticket: {
            id: ticket.id,
            botId: ticket.botId,
            conversationId: ticket.conversationId,
            trigger: ticket.trigger,
            type: ticket.type,
            status: ticket.status,
            priority: ticket.priority,
            summary: ticket.summary,
            description: ticket.description,
            requester: ticket.requester,
            url: ticket.url,
            createdDate: new Date(ticket.createdAt).toISOString(),
          },
        },
        idempotencyKey,
      )) as { id?: unknown; url?: unknown } | null;
      const id = typeof answer?.id === 'string' ? answer.id : ticket.id;
      const url =
        typeof answer?.url === 'string' && /^https?:\/\//.test(answer.url) ? answer.url : ticket.url;
      return { externalId: id, url };
    },
    async status() {
      return undefined;
    },
    async check() {
      // A `ping` event, signed like a ticket: the receiver can verify the secret without opening anything.
      const sentAt = (options.now ?? Date.now)();
      await send({ event: 'ping', sentAt: new Date(sentAt).toISOString() }, `ping-${sentAt}`);
      return `The webhook accepted a signed ping at ${options.url}.`;
    },
  };
}
