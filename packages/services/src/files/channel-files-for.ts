/** The `keepFiles` port Slack and Teams are handed: the settings' file storage and an outbound client sized for attachments. */
import { type Clock, type KeepChannelFiles, MAX_ATTACHMENT_BYTES, type Store } from '@frontdesk/core';
import { createOutboundFetch } from '@frontdesk/outbound';
import { createChannelFiles } from './channel-files.js';
import { fileStorageFor } from './file-storage-for.js';

export function channelFilesFor(
  settings: { dataDir: string; filesS3Url?: string | undefined },
  store: Pick<Store, 'getBot'>,
  clock: Clock,
): KeepChannelFiles {
  return createChannelFiles({
    files: fileStorageFor(settings),
    bots: store,
    fetch: createOutboundFetch({ maxResponseBytes: MAX_ATTACHMENT_BYTES + 1, timeoutMs: 60_000 }),
    now: () => clock.now(),
  });
}
