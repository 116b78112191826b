/** Channel keys and store marker keys of the Teams adapter, in one place. */

/** The core's channel key of a Teams conversation (a channel thread has its own conversation id). */
export function teamsChannelKey(tenantId: string | undefined, conversationId: string): string {
  return `teams:${tenantId ?? 'none'}:${conversationId}`;
}

export const markerKeys = {
  /** The state of one delivery (`sending`, `delivered`, `failed`). */
  delivery: (messageId: string) => `teams:delivery:${messageId}`,
  /** The welcome of one conversation, sent once however often Teams re-delivers the install. */
  welcome: (channelKey: string) => `teams:welcome:${channelKey}`,
};

/** Delivery states are kept this long. */
export const LONG_TTL_MS = 365 * 24 * 60 * 60 * 1000;
