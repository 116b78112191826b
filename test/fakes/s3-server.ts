// A fake S3-compatible object store on 127.0.0.1: path-style PUT and GET of objects in one
// bucket, requests signed with SigV4 by the given access key (the signature itself is not checked).
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
