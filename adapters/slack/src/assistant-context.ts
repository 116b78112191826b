/**
 * The channel a person is viewing while they talk in Slack's assistant panel. Slack sends it with
 * `assistant_thread_started` and again with `assistant_thread_context_changed` when they move; it
 * is kept per assistant thread, and each message in the thread carries it to the agent as the
 * requester's `context`.
 */
import type { Requester } from '@frontdesk/core';
import { z } from 'zod';
import type { AdapterContext } from './adapter-context.js';

export type ViewingContext = NonNullable<Requester['context']>;

/** Slack's `assistant_thread.context`: every field optional, `channel_id` absent outside a channel. */
export interface SlackThreadContext {
  channel_id?: string;
  team_id?: string;
  enterprise_id?: string | null;
}

/** Kept as long as an assistant thread is likely to be picked up again. */
const CONTEXT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const storedSchema = z.object({
  channelId: z.string().min(1),
  teamId: z.string().min(1).optional(),
  enterpriseId: z.string().min(1).optional(),
});

const contextKey = (channelKey: string) => `slack:assistant-context:${channelKey}`;

/** Slack's shape as ours; undefined when it names no channel (e.g. the person is in a DM list). */
export function viewingContext(raw: SlackThreadContext | undefined): ViewingContext | undefined {
  if (!raw?.channel_id) return undefined;
  return {
    channelId: raw.channel_id,
    ...(raw.team_id ? { teamId: raw.team_id } : {}),
    ...(raw.enterprise_id ? { enterpriseId: raw.enterprise_id } : {}),
  };
}

/** Remembers (or, with none, forgets) where the person is for the thread `channelKey`. */
export async function saveViewingContext(
  context: AdapterContext,
  channelKey: string,
  viewing: ViewingContext | undefined,
): Promise<void> {
  const now = context.clock.now();
  const key = contextKey(channelKey);
  if (!viewing) return context.store.deleteMarker(key);
  await context.store.putMarker({ key, value: JSON.stringify(viewing), expiresAt: now + CONTEXT_TTL_MS });
}

/** Where the person of the thread `channelKey` was last seen looking, if Slack told us. */
export async function viewingContextOf(
  context: AdapterContext,
  channelKey: string,
): Promise<ViewingContext | undefined> {
  const marker = await context.store.getMarker(contextKey(channelKey), context.clock.now());
  if (!marker) return undefined;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(marker.value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // Not JSON: as if Slack had said nothing.
  }
}

/**
 * The conversation's requester is what the agent sees: a thread's conversation made before the
 * person moved learns where they are now (or that Slack no longer names a channel).
 */
export async function refreshRequesterContext(
  context: AdapterContext,
  channelKey: string,
  viewing: ViewingContext | undefined,
): Promise<void> {
  const { settings, store } = context;
  const conversation = await store.findConversationByChannelKey(
    settings.workspaceId,
    settings.botId,
    channelKey,
  );
  if (!conversation?.requester) return; // The first message creates it with the context it carries.
  const { context: known, ...rest } = conversation.requester;
  if (JSON.stringify(known) === JSON.stringify(viewing)) return;
  await store.setRequester(
    conversation.id,
    viewing ? { ...rest, context: viewing } : rest,
    context.clock.now(),
  );
}
