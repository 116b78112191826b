/** Outbound HTTP for ticket systems: a timeout on every call, JSON in and out, errors that name the status. */
import { outboundFetch } from '@frontdesk/outbound';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class RemoteError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

/** Sends a JSON request; returns the parsed JSON body (or null) of a 2xx answer, throws RemoteError otherwise. */
export async function requestJson(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: unknown },
  options: { fetch?: FetchLike; timeoutMs?: number; system: string },
): Promise<unknown> {
  const response = await (options.fetch ?? outboundFetch)(url, {
    method: init.method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  if (!response.ok) {
    // The body may echo what we sent; only its start goes into the message, never our headers.
    throw new RemoteError(
      `${options.system} answered ${response.status}: ${text.slice(0, 200)}`,
      response.status,
    );
  }
  return text ? JSON.parse(text) : null;
}

/** `Basic base64(user:secret)`. */
export function basicAuth(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}
