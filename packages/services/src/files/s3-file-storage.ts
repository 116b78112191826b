/**
 * Attachments in S3-compatible object storage (AWS S3, MinIO, R2, …): `<prefix><id>` holds the
 * bytes, `<prefix><id>.json` who owns them. Configured by one URL (see `parseS3Url`).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { FILE_ID, type FileStorage, type StoredFileInfo } from './file-storage.js';

export interface S3Location {
  endpoint: string;
  region: string;
  bucket: string;
  /** Put before every key, e.g. `frontdesk/attachments/`; may be empty. */
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * `https://KEY:SECRET@host[:port]/bucket[/prefix][?region=eu-west-1]`; path-style addressing, so it
 * works with MinIO and other S3-compatible servers as well as AWS. The key and secret are URL-encoded.
 */
export function parseS3Url(text: string): S3Location {
  const url = new URL(text);
  const [bucket, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!/^https?:$/.test(url.protocol) || !bucket || !url.username || !url.password) {
    throw new Error('expected https://KEY:SECRET@host/bucket[/prefix][?region=…]');
  }
  return {
    endpoint: `${url.protocol}//${url.host}`,
    region: url.searchParams.get('region') ?? 'us-east-1',
    bucket,
    prefix: rest.length > 0 ? `${rest.join('/')}/` : '',
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}

const notFound = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

export function createS3FileStorage(location: S3Location): FileStorage {
  const client = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    // Checksums only where S3 requires them: many S3-compatible servers reject the newer defaults.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
  });
  const keyOf = (id: string) => {
    if (!FILE_ID.test(id)) throw new Error(`not a file id: ${id}`);
    return `${location.prefix}${id}`;
  };
  async function read(key: string): Promise<Uint8Array | undefined> {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }
  async function info(id: string): Promise<StoredFileInfo | undefined> {
    if (!FILE_ID.test(id)) return undefined;
    const json = await read(`${keyOf(id)}.json`);
    return json ? (JSON.parse(new TextDecoder().decode(json)) as StoredFileInfo) : undefined;
  }
  async function remove(id: string): Promise<void> {
    const key = keyOf(id);
    for (const Key of [`${key}.json`, key]) {
      await client.send(new DeleteObjectCommand({ Bucket: location.bucket, Key }));
    }
  }
  /** The ids of all files under the prefix, one listing page (up to 1,000 keys) at a time. */
  async function* allIds(): AsyncGenerator<string> {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: location.bucket,
          Prefix: location.prefix,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(location.prefix.length) ?? '';
        const id = name.slice(0, -'.json'.length);
        if (name.endsWith('.json') && FILE_ID.test(id)) yield id;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  return {
    kind: 's3',
    async put(file) {
      const key = keyOf(file.info.id);
      const put = (Key: string, Body: Uint8Array | string, ContentType: string) =>
        client.send(new PutObjectCommand({ Bucket: location.bucket, Key, Body, ContentType }));
      // Bytes first: the metadata object means the file is complete.
      await put(key, file.body, file.info.type);
      await put(`${key}.json`, JSON.stringify(file.info), 'application/json');
    },
    info,
    async get(id) {
      const found = await info(id);
      if (!found) return undefined;
      const body = await read(keyOf(id));
      return body ? { info: found, body } : undefined;
    },
    delete: remove,
    async deleteWorkspaceFiles(workspaceId) {
      // Listed in full first: deleting while paging could skip keys.
      const ids: string[] = [];
      for await (const id of allIds()) ids.push(id);
      let deleted = 0;
      for (const id of ids) {
        if ((await info(id))?.workspaceId !== workspaceId) continue;
        await remove(id);
        deleted += 1;
      }
      return deleted;
    },
  };
}
