/** Bridges a web-standard Request to the Node-style request/response the Agents SDK expects, and back. */
import { JsonTooDeepError, parseJsonBounded } from '@frontdesk/core';
import type { Request as SdkRequest, WebResponse } from '@microsoft/agents-hosting';
import { envelope } from './request-guard.js';

/** Activities are small; anything bigger is not from the Bot Connector. */
const MAX_BODY_BYTES = 1024 * 1024;

/** What the SDK wrote, turned into a Response once its handler returns. */
export class CollectedResponse implements WebResponse {
  statusCode = 200;
  headersSent = false;
  writableEnded = false;
  private body: unknown;
  private readonly headers = new Headers();

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers.set(name, value);
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }

  toResponse(): Response {
    if (this.body === undefined || this.body === null) {
      return new Response(null, { status: this.statusCode, headers: this.headers });
    }
    const text = typeof this.body === 'string' ? this.body : JSON.stringify(this.body);
    if (!this.headers.has('content-type')) this.headers.set('content-type', 'application/json');
    return new Response(text, { status: this.statusCode, headers: this.headers });
  }
}

const tooLarge = () => envelope('invalid_request_error', 413, 'The activity is larger than 1 MiB.');

/** A parsed request for the SDK, or the Response that refuses it (405, 413, 400). */
export async function toSdkRequest(request: Request): Promise<SdkRequest | Response> {
  if (request.method !== 'POST') {
    const refused = envelope('invalid_request_error', 405, 'Only POST is allowed.');
    refused.headers.set('Allow', 'POST');
    return refused;
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return tooLarge();
  let body: unknown;
  try {
    body = parseJsonBounded(raw);
  } catch (error) {
    if (error instanceof JsonTooDeepError) return envelope('invalid_request_error', 400, error.message);
    return envelope('invalid_request_error', 400, 'Expected a JSON activity.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return envelope('invalid_request_error', 400, 'Expected a JSON activity.');
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { method: 'POST', headers, body: body as Record<string, unknown> };
}
