/**
 * Files shared with a Slack message: handed to the core's `keepFiles` (downloaded from `url_private`
 * with the bot token, kept like widget uploads); a refused file is named in the thread. Without the
 * port, or for a file with no private URL, the file travels as its name and link.
 */
import { refusedFilesNote } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { markerKeys, messageId } from './keys.js';
import { redact } from './receiver.js';

export interface SlackFile {
  name?: string;
  title?: string;
  permalink?: string;
  url_private?: string;
  size?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `name (permalink)`, or the name alone. */
function fileLabel(file: SlackFile): string {
  const name = file.name ?? file.title ?? 'file';
  return file.permalink?.startsWith('https://') ? `${name} (${file.permalink})` : name;
}

/**
 * The message text's file part: attachment lines for kept files, names and links for the rest.
 * Undefined for the second event of one message: it is a duplicate the core would not answer.
 */
export async function sharedFilesText(
  context: AdapterContext,
  where: { team: string; channel: string; threadTs: string; user: string; ts: string },
  files: SlackFile[],
): Promise<string | undefined> {
  if (files.length === 0) return '';
  const token = context.client.token;
  const keep = context.keepFiles;
  const downloadable = keep && token ? files.filter((file) => file.url_private) : [];
  const others = files.filter((file) => !downloadable.includes(file));
  const parts: string[] = [];
  const now = context.clock.now();
  // `message` and `app_mention` of one ts both carry the files; the core answers only one of them.
  const duplicate =
    downloadable.length > 0 &&
    !(await context.store.claimMarker(
      {
        key: markerKeys.files(messageId(where.team, where.channel, where.ts)),
        value: '1',
        expiresAt: now + DAY_MS,
      },
      now,
    ));
  if (duplicate) return undefined;
  if (keep && downloadable.length > 0) {
    const kept = await keep(
      {
        workspaceId: context.settings.workspaceId,
        botId: context.settings.botId,
        senderId: `slack:${where.team}:${where.user}`,
      },
      downloadable.map((file) => ({
        name: file.name ?? file.title ?? 'file',
        url: file.url_private as string,
        headers: { Authorization: `Bearer ${token}` },
        ...(file.size !== undefined ? { size: file.size } : {}),
      })),
    );
    parts.push(...kept.lines);
    // A refused file still reads as its name and link, so staff know it was sent.
    for (const file of kept.refused) others.push(downloadable[file.index] as SlackFile);
    if (kept.refused.length > 0) {
      await context.client.chat
        .postMessage({
          channel: where.channel,
          thread_ts: where.threadTs,
          text: refusedFilesNote(kept.refused),
        })
        .catch((error: unknown) =>
          context.logger.warn({ err: redact(error) }, 'slack: cannot name refused files'),
        );
    }
  }
  if (others.length > 0) parts.push(`[file: ${[...new Set(others)].map(fileLabel).join(', ')}]`);
  return parts.join('\n');
}
