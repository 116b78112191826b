/**
 * `@slack/oauth` reads a Node request (url, headers) and writes a Node response (headers, head,
 * end); these stand-ins let it work behind a web-standard Request → Response handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The parts of an IncomingMessage the installer reads. */
export function nodeRequest(request: Request): IncomingMessage {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers.host ??= url.host;
  return { url: `${url.pathname}${url.search}`, headers, method: request.method } as IncomingMessage;
}

/** Collects what the installer writes, then becomes a Response. */
export class CollectedNodeResponse {
  statusCode = 200;
  private readonly headers = new Map<string, string | string[]>();
  private body = '';

  getHeader(name: string): string | string[] | undefined {
    return this.headers.get(name.toLowerCase());
  }

  setHeader(name: string, value: string | string[]): this {
    this.headers.set(name.toLowerCase(), value);
    return this;
  }

  writeHead(status: number, headers?: Record<string, string | string[]>): this {
    this.statusCode = status;
    for (const [name, value] of Object.entries(headers ?? {})) this.setHeader(name, value);
    return this;
  }

  end(body?: string): this {
    if (body) this.body += body;
    return this;
  }

  asNode(): ServerResponse {
    return this as unknown as ServerResponse;
  }

  toResponse(): Response {
    const headers = new Headers();
    for (const [name, value] of this.headers) {
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    return new Response(this.body || null, { status: this.statusCode, headers });
  }
}
