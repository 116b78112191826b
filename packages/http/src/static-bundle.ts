/**
 * Serves a built JavaScript bundle from disk: compressed (brotli or gzip, chosen from
 * Accept-Encoding, compressed once per build), an ETag per encoding (304 on match), immutable
 * caching for the versioned URL (`?v=<version>`), and a 503 hint when it is not built.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, type Encoding } from './accept-encoding.js';

/** How one bundle is served. */
export interface StaticBundleOptions {
  /** What is missing, for the 503 hint: "the console" gives "the console is not built". */
  name: string;
  /** Extra headers on 200 and 304 answers (Cache-Control and the like), after Content-Type and ETag. */
  headers: Record<string, string>;
}

/** A versioned URL names one build, so it may be cached for a year and never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Loaded {
  mtimeMs: number;
  /** A short hash of the content: the ETag base and the `?v=` of versioned URLs. */
  version: string;
  bodies: Record<Encoding, Uint8Array<ArrayBuffer>>;
}

/** A served bundle: answer a request, or read the current version for a versioned URL. */
export interface StaticBundle {
  (request: Request): Response;
  /** The current build's version, or undefined when the bundle is not built. */
  version(): string | undefined;
}

/**
 * Returns a handler that answers with the bundle at `file`, reading and compressing it again
 * when its modification time changes (a rebuild).
 */
export function staticBundle(file: string, options: StaticBundleOptions): StaticBundle {
  let loaded: Loaded | undefined;

  function load(): Loaded | undefined {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    if (!loaded || loaded.mtimeMs !== mtimeMs) loaded = compress(readFileSync(file), mtimeMs);
    return loaded;
  }

  const serve = (request: Request): Response => {
    const current = load();
    if (!current) {
      return new Response(`/* Frontdesk: ${options.name} is not built; run \`npm run build\`. */\n`, {
        status: 503,
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
    const encoding = chooseEncoding(request.headers.get('accept-encoding'));
    const etag = `"${current.version}${encoding === 'identity' ? '' : `-${encoding}`}"`;
    const versioned = new URL(request.url).searchParams.get('v') === current.version;
    const headers: Record<string, string> = {
      'Content-Type': 'text/javascript; charset=utf-8',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...options.headers,
      ...(versioned ? { 'Cache-Control': IMMUTABLE } : {}),
      'X-Content-Type-Options': 'nosniff',
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    if (matches(request.headers.get('if-none-match'), etag))
      return new Response(null, { status: 304, headers });
    const body = current.bodies[encoding];
    headers['Content-Length'] = String(body.byteLength);
    return new Response(request.method === 'HEAD' ? null : body, { headers });
  };
  return Object.assign(serve, { version: () => load()?.version });
}

function compress(raw: Buffer, mtimeMs: number): Loaded {
  const version = createHash('sha256').update(raw).digest('base64url').slice(0, 16);
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gzip = gzipSync(raw, { level: 9 });
  // Copies into plain ArrayBuffers, which every Response body accepts.
  const bodies = { identity: new Uint8Array(raw), br: new Uint8Array(br), gzip: new Uint8Array(gzip) };
  return { mtimeMs, version, bodies };
}

/** `If-None-Match` may list several tags, or `*`; weak tags match too (RFC 9110 §13.1.2). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
