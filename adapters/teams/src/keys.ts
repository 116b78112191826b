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

/**
 * A delivery's claim (and the state shown by `deliveryState`) is kept this long: longer than the
 * outbox retries, which holds the lasting status. Markers are short-lived claims, purged when expired.
 */
export const DELIVERY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
