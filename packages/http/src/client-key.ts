/** Who is calling, for rate limits: the socket address, or the forwarded one behind a trusted proxy. */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** Used when there is no socket, e.g. `app.request()` in tests. */
export const UNKNOWN_CLIENT = 'unknown';

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same client. */
function normalise(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

function isLoopback(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

/**
 * Builds the test of whether an address is a proxy we trust, from FRONTDESK_TRUST_PROXY entries
 * (addresses, or the keyword `loopback`). An empty list trusts nobody.
 */
export function createProxyTrust(entries: readonly string[]): (address: string) => boolean {
  const addresses = new Set(entries.filter((entry) => entry !== 'loopback').map(normalise));
  const loopback = entries.includes('loopback');
  return (address) => addresses.has(address) || (loopback && isLoopback(address));
}

/**
 * The client's address given the socket peer and the `X-Forwarded-For` header. Walks the header
 * from the right, past our trusted proxies, and stops at the first address we do not trust: the
 * entries to its left were written by the client itself and could be anything.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  isTrusted: (address: string) => boolean,
): string {
  if (peer === undefined || peer === '') return UNKNOWN_CLIENT;
  let client = normalise(peer);
  if (!isTrusted(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').map(normalise).reverse();
  for (const hop of hops) {
    // Garbage in the header means the chain cannot be followed further; keep the last sure hop.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(hop)) return client;
  }
  return client;
}

function socketAddress(context: Context): string | undefined {
  try {
    return getConnInfo(context).remote.address;
  } catch {
    return undefined;
  }
}

/** Middleware that sets `clientKey` for every request. */
export function clientKey(trustProxy: readonly string[]): MiddlewareHandler<AppEnv> {
  const isTrusted = createProxyTrust(trustProxy);
  return async (context, next) => {
    const forwardedFor = trustProxy.length > 0 ? context.req.header('x-forwarded-for') : undefined;
    context.set('clientKey', resolveClientAddress(socketAddress(context), forwardedFor, isTrusted));
    await next();
  };
}
