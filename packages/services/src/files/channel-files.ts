/**
 * Files a Slack or Teams user sent, kept like widget uploads: downloaded through the outbound client,
 * checked against the bot's attachment limits (size, count, types from the bytes), stored in the same
 * file storage, and named in the message text as `[📎 name](attachment:att_…)` lines, which the
 * console shows and the Jira sink uploads. A file that cannot be kept is named with the reason.
 */
import { randomBytes } from 'node:crypto';
import type { KeepChannelFiles, KeptFiles, Store } from '@frontdesk/core';
import type { OutboundFetch } from '@frontdesk/outbound';
import type { FileStorage } from './file-storage.js';
import { sniffType } from './sniff-type.js';

export interface ChannelFilesDependencies {
  files: FileStorage;
  /** Where the bot's attachment limits are read. */
  bots: Pick<Store, 'getBot'>;
  fetch: OutboundFetch;
  now: () => number;
}

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
/** Brackets and parentheses would end the link early; line breaks would split it. */
const safeName = (name: string) =>
  name
    .replace(/[[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200) || 'file';

/** The bytes, or `too-large` once they pass `maxBytes`; throws when the download fails. */
async function download(
  deps: ChannelFilesDependencies,
  ref: { url: string; headers?: Record<string, string> },
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  const response = await deps.fetch(ref.url, { headers: ref.headers ?? {} });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`status ${response.status}`);
  }
  const length = response.headers.get('content-length');
  if (length !== null && Number(length) > maxBytes) {
    await response.body?.cancel();
    return 'too-large';
  }
  const body = new Uint8Array(await response.arrayBuffer());
  return body.byteLength > maxBytes ? 'too-large' : body;
}

export function createChannelFiles(deps: ChannelFilesDependencies): KeepChannelFiles {
  return async ({ workspaceId, botId, senderId }, refs) => {
    const kept: KeptFiles = { lines: [], refused: [] };
    if (refs.length === 0) return kept;
    const limits = (await deps.bots.getBot(workspaceId, botId))?.settings.widget.attachments;
    if (!limits?.enabled) {
      for (const [index, ref] of refs.entries()) {
        kept.refused.push({ index, name: safeName(ref.name), reason: 'this bot does not take files.' });
      }
      return kept;
    }
    for (const [index, ref] of refs.entries()) {
      const name = safeName(ref.name);
      const refuse = (reason: string) => kept.refused.push({ index, name, reason });
      if (index >= limits.maxFiles) {
        refuse(`at most ${limits.maxFiles} files per message.`);
        continue;
      }
      const tooLarge = `larger than this bot's limit of ${sizeLabel(limits.maxBytes)}.`;
      if (ref.size !== undefined && ref.size > limits.maxBytes) {
        refuse(tooLarge);
        continue;
      }
      let body: Uint8Array | 'too-large';
      try {
        body = await download(deps, ref, limits.maxBytes);
      } catch {
        refuse('could not be downloaded.');
        continue;
      }
      if (body === 'too-large') {
        refuse(tooLarge);
        continue;
      }
      const type = body.byteLength > 0 ? sniffType(body) : undefined;
      if (!type || !(limits.types as string[]).includes(type)) {
        refuse(`${type ?? 'this kind of file'} is not accepted; send ${limits.types.join(', ')}.`);
        continue;
      }
      const id = `att_${randomBytes(18).toString('base64url')}`;
      await deps.files.put({
        info: {
          id,
          name,
          type,
          size: body.byteLength,
          workspaceId,
          botId,
          visitorId: senderId,
          createdAt: deps.now(),
        },
        body,
      });
      kept.lines.push(`[📎 ${name}](attachment:${id})`);
    }
    return kept;
  };
}
