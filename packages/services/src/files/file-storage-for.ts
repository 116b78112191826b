/** The attachment store the settings ask for: S3 when a URL is set, else a folder in DATA_DIR. */
import { join } from 'node:path';
import { createDiskFileStorage } from './disk-file-storage.js';
import type { FileStorage } from './file-storage.js';
import { createS3FileStorage, parseS3Url } from './s3-file-storage.js';

export function fileStorageFor(settings: { dataDir: string; filesS3Url?: string | undefined }): FileStorage {
  return settings.filesS3Url
    ? createS3FileStorage(parseS3Url(settings.filesS3Url))
    : createDiskFileStorage(join(settings.dataDir, 'attachments'));
}
