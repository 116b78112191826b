/** Stores and reads the conversation reference each Teams conversation is answered through (a typed table). */
import type { ChannelStore } from '@frontdesk/core';
import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import { ConversationGoneError } from './errors.js';
import { teamsChannelKey } from './keys.js';

type ReferenceStore = Pick<
  ChannelStore,
  'saveConversationReference' | 'getConversationReference' | 'markConversationGone'
>;

/** The tenant of an activity: Teams puts it in `channelData.tenant.id` and `conversation.tenantId`. */
export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId;
}

/** The core's channel key for the activity's conversation. */
export function channelKeyOf(activity: Activity): string {
  return teamsChannelKey(tenantOf(activity), activity.conversation?.id ?? '');
}

/** Remembers where to answer; a later activity in the same conversation refreshes it (and means the bot is back). */
export async function saveReference(
  store: ReferenceStore,
  activity: Activity,
  now: number,
): Promise<{ channelKey: string; reference: ConversationReference }> {
  const channelKey = channelKeyOf(activity);
  const reference = activity.getConversationReference();
  await store.saveConversationReference(channelKey, JSON.stringify(reference), now);
  return { channelKey, reference };
}

/** The stored reference, or undefined if this conversation never reached the bot. */
export async function loadReference(
  store: ReferenceStore,
  channelKey: string,
  _now: number,
): Promise<ConversationReference | undefined> {
  const stored = await store.getConversationReference(channelKey);
  return stored ? (JSON.parse(stored.reference) as ConversationReference) : undefined;
}

/** Records that Teams will not take messages for this conversation any more, and why. */
export function markGone(
  store: ReferenceStore,
  channelKey: string,
  error: ConversationGoneError,
  now: number,
): Promise<void> {
  return store.markConversationGone(channelKey, { status: error.status, reason: error.reason, at: now });
}

/** The recorded refusal, if Teams refused this conversation before. */
export async function goneReason(
  store: ReferenceStore,
  channelKey: string,
  _now: number,
): Promise<ConversationGoneError | undefined> {
  const stored = await store.getConversationReference(channelKey);
  if (!stored?.goneReason) return undefined;
  return new ConversationGoneError(stored.goneStatus === 403 ? 403 : 404, stored.goneReason);
}
