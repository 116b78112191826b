/** How bots and sessions look in the admin API: ISO dates, secrets masked. */
import type { Bot, Session } from '@frontdesk/core';
import { maskedIdentitySecret } from '@frontdesk/services/secrets/identity-secret';

const iso = (time: number) => new Date(time).toISOString();

/** A bot with its settings and rules; the widget's identity secret is shown masked. */
export function botView(bot: Bot) {
  const widget = bot.settings.widget;
  const secret = widget?.identity?.secret;
  return {
    id: bot.id,
    name: bot.name,
    enabled: bot.enabled,
    agent: bot.agent,
    settings: secret
      ? {
          ...bot.settings,
          widget: { ...widget, identity: { ...widget.identity, secret: maskedIdentitySecret(secret) } },
        }
      : bot.settings,
    createdAt: iso(bot.createdAt),
    updatedAt: iso(bot.updatedAt),
  };
}

/** A session as listed and read. */
export function sessionView(session: Session) {
  return {
    id: session.id,
    botId: session.botId,
    channelKey: session.channelKey,
    conversationId: session.conversationId,
    status: session.status,
    pausedBy: session.pausedBy,
    lastActivityAt: iso(session.lastActivityAt),
    createdAt: iso(session.createdAt),
    updatedAt: iso(session.updatedAt),
  };
}
