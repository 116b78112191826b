/**
 * The web channel with e-mail behind it: a staff reply goes to the open widget; when no widget
 * is listening for that conversation (the visitor is gone) and the visitor left an e-mail
 * address, the reply is e-mailed with a signed link that reopens the conversation. Once per
 * reply: a failed send throws, so the outbox retries it, and a sent one is remembered.
 */
import type { Clock, Conversation, DeliveryPort, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { Mailer } from './mailer.js';
import { replyEmail } from './reply-email.js';
import { RESUME_LINK_TTL_MS, type ResumeLinks } from './resume-link.js';

/** How long a sent reply is remembered, so a retried delivery never e-mails twice. */
const SENT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface EmailFallbackOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  links: ResumeLinks;
  publicUrl: string;
  /** True while a widget is subscribed to the conversation. */
  listening(conversationId: string): boolean;
}

/** The `web` port to register instead of the widget's own. */
export function withEmailFallback(web: DeliveryPort, options: EmailFallbackOptions): DeliveryPort {
  const { store, clock, logger } = options;
  return {
    channel: web.channel,
    async deliver(conversation, message) {
      const outcome = await web.deliver(conversation, message);
      // 'delivered' means a widget on some instance has it; `listening` is this instance's own view.
      if (message.kind !== 'staff-reply' || outcome === 'delivered' || options.listening(conversation.id)) {
        return outcome;
      }
      const to = await emailOf(store, conversation);
      if (!to) return outcome;
      const key = `email-sent:${message.id}`;
      if (await store.getMarker(key, clock.now())) return 'delivered';
      const bot = await store.getBot(conversation.workspaceId, conversation.botId);
      const link = options.links.url(options.publicUrl, {
        workspaceId: conversation.workspaceId,
        botId: conversation.botId,
        conversationId: conversation.id,
        expiresAt: clock.now() + RESUME_LINK_TTL_MS,
      });
      await options.mailer.send(
        replyEmail({ to, botName: bot?.name ?? 'Frontdesk', text: message.text, link }),
      );
      await store.putMarker({ key, value: to, expiresAt: clock.now() + SENT_TTL_MS });
      logger.info({ conversationId: conversation.id, messageId: message.id }, 'e-mailed a staff reply');
      return 'delivered';
    },
  };
}

/** The visitor's address: on the conversation (identify() or the widget's e-mail ask), else on its ticket. */
async function emailOf(store: Store, conversation: Conversation): Promise<string | undefined> {
  const direct = conversation.requester?.email;
  if (direct) return direct;
  const ticket = await store.findTicketByIdempotencyKey(
    conversation.workspaceId,
    `${conversation.id}:human-request`,
  );
  return ticket?.requester?.email || undefined;
}
