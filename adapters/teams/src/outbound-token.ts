/**
 * The app's token requests (MSAL: instance discovery, OpenID metadata, the token endpoint) through
 * Frontdesk's outbound client. MSAL takes a `networkClient`; the SDK's MsalTokenProvider builds
 * MSAL's options in `getSystemOptions`, so each token provider the connection manager hands out
 * gets that method wrapped to put this network client in.
 */
import type { OutboundFetch } from '@frontdesk/outbound';
import type { CloudAdapter } from '@microsoft/agents-hosting';

interface NetworkOptions {
  headers?: Record<string, string>;
  body?: string;
}

/** Where MSAL asks Entra whether an authority's host is one of its clouds. */
const INSTANCE_DISCOVERY = 'https://login.microsoftonline.com/common/discovery/instance';

/**
 * MSAL's answer for a configured authority, as its own `knownAuthorities` option would give: the
 * host is its own cloud. The SDK builds MSAL's `auth` options itself (MsalTokenProvider's
 * `getClientSecretClient`) and passes no `knownAuthorities`, so without this MSAL would ask
 * login.microsoftonline.com about a host it does not know and refuse it as untrusted.
 */
function instanceDiscovery(url: string, authority: string | undefined) {
  if (!authority || !url.startsWith(INSTANCE_DISCOVERY)) return undefined;
  const asked = new URL(url).searchParams.get('authorization_endpoint');
  const trusted = new URL(authority);
  if (!asked || new URL(asked).host !== trusted.host) return undefined;
  const base = authority.replace(/\/+$/, '');
  return {
    headers: {},
    status: 200,
    body: {
      tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: trusted.host, preferred_cache: trusted.host, aliases: [trusted.host] }],
    },
  };
}

/** MSAL's INetworkModule, sending with `fetch`; `authority` is the configured one, trusted like MSAL's `knownAuthorities`. */
export function outboundMsalNetworkClient(fetch: OutboundFetch, authority?: string) {
  const send = async (url: string, method: 'GET' | 'POST', options?: NetworkOptions, timeout?: number) => {
    const response = await fetch(url, {
      method,
      ...(options?.headers ? { headers: options.headers } : {}),
      ...(method === 'POST' && options?.body !== undefined ? { body: options.body } : {}),
      ...(timeout ? { signal: AbortSignal.timeout(timeout) } : {}),
    });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = JSON.parse(text);
    } catch {
      // MSAL reads fields off the body; an unreadable one is an empty object with the status.
    }
    return { headers: Object.fromEntries(response.headers), body, status: response.status };
  };
  return {
    sendGetRequestAsync: async (url: string, options?: NetworkOptions, timeout?: number) =>
      instanceDiscovery(url, authority) ?? send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url: string, options?: NetworkOptions) => send(url, 'POST', options),
  };
}

type SystemOptions = (config: unknown) => Record<string, unknown>;
const WRAPPED = Symbol('frontdesk.outboundTokens');

/** Puts the network client into one token provider's MSAL options (once). */
function routeProvider(provider: unknown, networkClient: object): unknown {
  const candidate = provider as { getSystemOptions?: SystemOptions; [WRAPPED]?: true } | undefined;
  if (!candidate || typeof candidate.getSystemOptions !== 'function' || candidate[WRAPPED]) return provider;
  const original = candidate.getSystemOptions.bind(candidate);
  candidate.getSystemOptions = (config) => ({ ...original(config), networkClient });
  candidate[WRAPPED] = true;
  return provider;
}

/** Every token provider of the adapter's connection manager requests its tokens through `fetch`. */
export function routeTokenRequests(cloud: CloudAdapter, fetch: OutboundFetch, authority?: string): void {
  const networkClient = outboundMsalNetworkClient(fetch, authority);
  const manager = cloud.connectionManager as unknown as Record<string, unknown>;
  for (const method of [
    'getConnection',
    'getDefaultConnection',
    'getTokenProvider',
    'getTokenProviderFromActivity',
  ]) {
    const original = manager[method];
    if (typeof original !== 'function') continue;
    manager[method] = (...args: unknown[]) =>
      routeProvider((original as (...given: unknown[]) => unknown).apply(manager, args), networkClient);
  }
}
