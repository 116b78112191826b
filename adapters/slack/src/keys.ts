/** Channel keys of Slack threads (`slack:{team}:{channel}:{thread_ts}`) and the adapter's marker keys. */

/** Where a conversation lives in Slack. */
export interface SlackThread {
  team: string;
  channel: string;
  /** The thread's root `ts`; absent for conversations with no thread (slash commands). */
  threadTs?: string;
}

/** The channel key of a thread. */
export function threadKey(thread: Required<SlackThread>): string {
  return `slack:${thread.team}:${thread.channel}:${thread.threadTs}`;
}

/** The scope of slash-command conversations, which have no thread: each gets a fresh key under it. */
export function commandScope(team: string, channel: string): string {
  return `slack:${team}:${channel}:command`;
}

/** Reads a Slack channel key back; undefined for keys of other channels. */
export function parseChannelKey(channelKey: string): SlackThread | undefined {
  const [prefix, team, channel, threadTs] = channelKey.split(':');
  if (prefix !== 'slack' || !team || !channel || !threadTs) return undefined;
  return /^\d+\.\d+$/.test(threadTs) ? { team, channel, threadTs } : { team, channel };
}

/** The core's dedupe id of one Slack message: `message` and `app_mention` of the same `ts` share it. */
export function messageId(team: string, channel: string, ts: string): string {
  return `${team}:${channel}:${ts}`;
}

export const markerKeys = {
  event: (eventId: string) => `slack:event:${eventId}`,
  delivered: (outgoingId: string) => `slack:delivered:${outgoingId}`,
  /** One message's shared files, kept once although `message` and `app_mention` both bring them. */
  files: (messageId: string) => `slack:files:${messageId}`,
};
