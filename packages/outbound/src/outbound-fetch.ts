/** `createOutboundFetch`: a fetch with the address policy on the resolved IP, a timeout, a size limit and same-host redirects. */
import { isIP } from 'node:net';
import type { Agent } from 'undici';
import { type AddressPolicy, policyFromEnvironment } from './address-policy.js';
import { checkHost, guardedLookup } from './guarded-lookup.js';
import { isOutboundError, OutboundError } from './outbound-error.js';
import { limitBody } from './size-limit.js';

/** The shape every caller uses; the OpenAI SDK and our clients accept it as their `fetch`. */
export type OutboundFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface OutboundOptions {
  /** Which resolved addresses may be reached. Default: `FRONTDESK_ALLOW_PRIVATE_TARGETS`, read per call. */
  policy?: AddressPolicy;
  /** The whole exchange, headers and body, must finish within this. Default 15 000 ms. */
  timeoutMs?: number;
  /** Larger responses fail with `response_too_large`. Default 10 MiB. */
  maxResponseBytes?: number;
  /** Same-host redirects followed at most this often. Default 3. */
  maxRedirects?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

// Loaded on the first outbound call: every process imports this package (the CLI too), few call out.
let undici: Promise<typeof import('undici')> | undefined;
const loadUndici = () => {
  undici ??= import('undici');
  return undici;
};
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Builds the client. One Agent per policy, so the connect-time check is always the one configured. */
export function createOutboundFetch(options: OutboundOptions = {}): OutboundFetch {
  const policyNow = () => options.policy ?? policyFromEnvironment();
  const agents = new WeakMap<AddressPolicy, Agent>();
  const agentFor = async (policy: AddressPolicy) => {
    let agent = agents.get(policy);
    if (!agent) {
      const { Agent } = await loadUndici();
      agent = new Agent({ connect: { lookup: guardedLookup(policy) } });
      agents.set(policy, agent);
    }
    return agent;
  };
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const maxRedirects = options.maxRedirects ?? 3;

  return async (input, givenInit = {}) => {
    const init = input instanceof Request ? { ...requestInit(input), ...givenInit } : givenInit;
    const policy = policyNow();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let url = targetUrl(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    for (let redirects = 0; ; redirects++) {
      checkLiteralAddress(url, policy);
      const { fetch: undiciFetch } = await loadUndici();
      const dispatcher = await agentFor(policy);
      let response: Awaited<ReturnType<typeof undiciFetch>>;
      try {
        response = await undiciFetch(url, {
          ...(init as Record<string, unknown>),
          method,
          body: body as never,
          redirect: 'manual',
          signal,
          dispatcher,
        });
      } catch (error) {
        throw mapError(error, init.signal, timeout);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        const next = new URL(location, url);
        if (next.host !== url.host || next.protocol !== url.protocol)
          throw new OutboundError('redirect_refused');
        if (redirects >= maxRedirects) throw new OutboundError('unreachable');
        if (
          response.status === 303 ||
          ((response.status === 301 || response.status === 302) && method === 'POST')
        ) {
          method = 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new OutboundError('response_too_large');
      }
      const limited =
        response.body && !NULL_BODY_STATUSES.has(response.status)
          ? limitBody(response.body as ReadableStream<Uint8Array>, maxBytes, () =>
              timeout.aborted ? new OutboundError('timeout') : undefined,
            )
          : null;
      return new Response(limited, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers as unknown as Headers,
      });
    }
  };
}

function requestInit(request: Request): RequestInit {
  return {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(request.body ? { body: request.body, duplex: 'half' } : {}),
  } as RequestInit;
}

function targetUrl(input: string | URL | Request): URL {
  let url: URL;
  try {
    url = new URL(input instanceof Request ? input.url : String(input));
  } catch {
    throw new OutboundError('invalid_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundError('invalid_url');
  return url;
}

/**
 * An IP written in the URL never reaches the resolver, so it is checked here. The URL parser has
 * already turned decimal (`2130706433`), octal and hex forms into dotted form.
 */
function checkLiteralAddress(url: URL, policy: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !policy.allows(host)) throw new OutboundError('target_refused');
}

function mapError(
  error: unknown,
  callerSignal: AbortSignal | null | undefined,
  timeout: AbortSignal,
): unknown {
  if (callerSignal?.aborted) return callerSignal.reason;
  if (timeout.aborted) return new OutboundError('timeout', { cause: error });
  let cause: unknown = error;
  while (cause instanceof Error) {
    if (isOutboundError(cause)) return new OutboundError(cause.code);
    cause = cause.cause;
  }
  return new OutboundError('unreachable', { cause: error });
}

/**
 * For an SDK that makes its own connections (the Teams connector client): resolves the URL's host
 * and checks its addresses and scheme before the SDK is let near it.
 */
export async function assertAllowedTarget(input: string, policy = policyFromEnvironment()): Promise<URL> {
  const url = targetUrl(input);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!policy.allows(host)) throw new OutboundError('target_refused');
    return url;
  }
  try {
    await checkHost(host, policy);
  } catch (error) {
    throw isOutboundError(error) ? error : new OutboundError('unreachable', { cause: error });
  }
  return url;
}
