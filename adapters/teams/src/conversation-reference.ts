/** Stores and reads the conversation reference each Teams conversation is answered through. */
import type { ConversationStore } from '@frontdesk/core';
import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import { ConversationGoneError } from './errors.js';
import { LONG_TTL_MS, markerKeys, teamsChannelKey } from './keys.js';

/** The tenant of an activity: Teams puts it in `channelData.tenant.id` and `conversation.tenantId`. */
export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId;
}

/** The core's channel key for the activity's conversation. */
export function channelKeyOf(activity: Activity): string {
  return teamsChannelKey(tenantOf(activity), activity.conversation?.id ?? '');
}

/** Remembers where to answer; a later activity in the same conversation refreshes it. */
export async function saveReference(
  store: ConversationStore,
  activity: Activity,
  now: number,
): Promise<{ channelKey: string; reference: ConversationReference }> {
  const channelKey = channelKeyOf(activity);
  const reference = activity.getConversationReference();
  await store.putMarker({
    key: markerKeys.reference(channelKey),
    value: JSON.stringify(reference),
    expiresAt: now + LONG_TTL_MS,
  });
  return { channelKey, reference };
}

/** The stored reference, or undefined if this conversation never reached the bot. */
export async function loadReference(
  store: ConversationStore,
  channelKey: string,
  now: number,
): Promise<ConversationReference | undefined> {
  const marker = await store.getMarker(markerKeys.reference(channelKey), now);
  return marker ? (JSON.parse(marker.value) as ConversationReference) : undefined;
}

/** Records that Teams will not take messages for this conversation any more, and why. */
export function markGone(
  store: ConversationStore,
  channelKey: string,
  error: ConversationGoneError,
  now: number,
): Promise<void> {
  return store.putMarker({
    key: markerKeys.gone(channelKey),
    value: JSON.stringify({ status: error.status, reason: error.reason, at: now }),
    expiresAt: now + LONG_TTL_MS,
  });
}

/** The recorded refusal, if Teams refused this conversation before. */
export async function goneReason(
  store: ConversationStore,
  channelKey: string,
  now: number,
): Promise<ConversationGoneError | undefined> {
  const marker = await store.getMarker(markerKeys.gone(channelKey), now);
  if (!marker) return undefined;
  const { status, reason } = JSON.parse(marker.value) as { status: 403 | 404; reason: string };
  return new ConversationGoneError(status, reason);
}
