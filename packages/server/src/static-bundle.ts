/** Serves a built JavaScript bundle from disk with an ETag (304 on match) and a 503 hint when it is not built. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** How one bundle is served. */
export interface StaticBundleOptions {
  /** What is missing, for the 503 hint: "the console" gives "the console is not built". */
  name: string;
  /** Extra headers on 200 and 304 answers (Cache-Control and the like), after Content-Type and ETag. */
  headers: Record<string, string>;
}

interface Loaded {
  body: string;
  etag: string;
  mtimeMs: number;
}

/**
 * Returns a handler that answers with the bundle at `file`, reading it again when its
 * modification time changes (a rebuild), and answering 304 to a matching `If-None-Match`.
 */
export function staticBundle(
  file: string,
  options: StaticBundleOptions,
): (ifNoneMatch: string | undefined) => Response {
  let loaded: Loaded | undefined;
  return (ifNoneMatch) => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return new Response(`/* Frontdesk: ${options.name} is not built; run \`npm run build\`. */\n`, {
        status: 503,
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
    if (!loaded || loaded.mtimeMs !== mtimeMs) {
      const body = readFileSync(file, 'utf8');
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      loaded = { body, etag, mtimeMs };
    }
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      ETag: loaded.etag,
      ...options.headers,
      'X-Content-Type-Options': 'nosniff',
    };
    if (ifNoneMatch === loaded.etag) return new Response(null, { status: 304, headers });
    return new Response(loaded.body, { headers });
  };
}
