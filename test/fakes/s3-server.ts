// A fake S3-compatible object store on 127.0.0.1: path-style PUT and GET of objects in one
// bucket, ListObjectsV2 of the bucket (paged by `max-keys`), requests signed with SigV4 by the given access key (the signature itself is not checked).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  /** `http://KEY:SECRET@127.0.0.1:port/bucket/prefix`: what FRONTDESK_FILES_S3_URL takes. */
  url: string;
  /** Stored objects by key (without the bucket), with the content type they were put with. */
  objects: Map<string, { body: Buffer; type: string | undefined }>;
  /** `METHOD /bucket/key` of every request. */
  requests: string[];
  close(): Promise<void>;
}

const xmlError = (code: string, status: number) =>
  [
    status,
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
  ] as const;

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** ListObjectsV2: keys in order under `prefix`, after the continuation token (the last key sent). */
function listXml(bucket: string, objects: FakeS3['objects'], query: URLSearchParams): string {
  const prefix = query.get('prefix') ?? '';
  const after = query.get('continuation-token') ?? query.get('start-after') ?? '';
  const max = Number(query.get('max-keys') ?? 1000);
  const keys = [...objects.keys()].filter((key) => key.startsWith(prefix) && key > after).sort();
  const page = keys.slice(0, max);
  const truncated = keys.length > page.length;
  const contents = page
    .map(
      (key) =>
        `<Contents><Key>${escapeXml(key)}</Key><Size>${objects.get(key)?.body.length}</Size></Contents>`,
    )
    .join('');
  const next = truncated
    ? `<NextContinuationToken>${escapeXml(page.at(-1) ?? '')}</NextContinuationToken>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`;
}

export async function startFakeS3(options: { bucket?: string; prefix?: string } = {}): Promise<FakeS3> {
  const bucket = options.bucket ?? 'frontdesk-files';
  const objects = new Map<string, { body: Buffer; type: string | undefined }>();
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://fake').pathname);
    requests.push(`${request.method} ${path}`);
    const reply = ([status, body]: readonly [number, string]) => {
      response.writeHead(status, { 'Content-Type': 'application/xml' });
      response.end(body);
    };
    if (!/^AWS4-HMAC-SHA256 Credential=fake-key\//.test(request.headers.authorization ?? '')) {
      return reply(xmlError('AccessDenied', 403));
    }
    const prefix = `/${bucket}/`;
    const query = new URL(request.url ?? '/', 'http://fake').searchParams;
    if (
      request.method === 'GET' &&
      (path === `/${bucket}` || path === prefix) &&
      query.get('list-type') === '2'
    ) {
      return reply([200, listXml(bucket, objects, query)]);
    }
    if (!path.startsWith(prefix)) return reply(xmlError('NoSuchBucket', 404));
    const key = path.slice(prefix.length);
    if (request.method === 'PUT') {
      objects.set(key, { body: Buffer.concat(chunks), type: request.headers['content-type'] });
      response.writeHead(200, { ETag: '"fake"' });
      return response.end();
    }
    if (request.method === 'GET') {
      const object = objects.get(key);
      if (!object) return reply(xmlError('NoSuchKey', 404));
      response.writeHead(200, {
        'Content-Type': object.type ?? 'application/octet-stream',
        'Content-Length': object.body.length,
      });
      return response.end(object.body);
    }
    if (request.method === 'DELETE') {
      // S3 answers 204 whether or not the key existed.
      objects.delete(key);
      response.writeHead(204);
      return response.end();
    }
    reply(xmlError('NotImplemented', 501));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const tail = options.prefix ? `/${options.prefix}` : '';
  return {
    url: `http://fake-key:fake-secret@127.0.0.1:${port}/${bucket}${tail}`,
    objects,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
