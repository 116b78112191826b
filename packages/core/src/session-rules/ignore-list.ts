/** The ignore list: people, channels and email domains a bot never answers. */
import type { IncomingMessage } from '../incoming-message.js';
import type { BotRules } from './rules-schema.js';

/** True when the rules say the bot stays silent for this message. */
export function isIgnored(rules: BotRules, message: IncomingMessage, channelKey: string): boolean {
  const { users, channels, emailDomains } = rules.ignore;
  const requester = message.requester;
  if (requester?.id && users.includes(requester.id)) return true;
  for (const entry of channels) {
    if (entry === message.channel || channelKey === entry || channelKey.startsWith(`${entry}:`)) return true;
  }
  const domain = requester?.email?.split('@')[1]?.toLowerCase();
  if (domain) {
    for (const entry of emailDomains) {
      const wanted = entry.toLowerCase().replace(/^@/, '');
      if (domain === wanted || domain.endsWith(`.${wanted}`)) return true;
    }
  }
  return false;
}
