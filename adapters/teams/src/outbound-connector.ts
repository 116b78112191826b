/**
 * The Agents SDK's calls to the Bot Connector (replies, proactive sends, member look-ups) through
 * Frontdesk's outbound client, so the address policy is checked on the IP actually connected to
 * (no DNS-rebinding window), redirects stay on the service URL's host, and time and size are bounded.
 *
 * The SDK (1.8) takes no fetch: its `HttpClient` calls the global `fetch`. `CloudAdapter`'s
 * protected `createConnectorClient…` methods are where every `ConnectorClient` is made, so the
 * adapter here lets the SDK build each one (tokens, scopes, agentic identities) and hands it a
 * client whose `request` goes through the outbound fetch instead.
 */
import type { OutboundFetch } from '@frontdesk/outbound';
import {
  CloudAdapter,
  ConnectorClient,
  HttpClient,
  HttpError,
  type HttpRequestConfig,
  type HttpResponse,
} from '@microsoft/agents-hosting';
import { routeTokenRequests } from './outbound-token.js';

/** The SDK's HttpClient with `request` sent through `fetch`; bodies and errors as the SDK's own. */
export class OutboundHttpClient extends HttpClient {
  constructor(
    options: { baseURL: string; headers: Record<string, string> },
    private readonly outbound: OutboundFetch,
  ) {
    super(options);
  }

  override async request<T = unknown>(config: HttpRequestConfig): Promise<HttpResponse<T>> {
    const headers = new Headers({ ...this.defaultHeaders, ...config.headers });
    let body: string | undefined;
    if (config.data !== undefined && config.data !== null) {
      const type = headers.get('content-type') ?? '';
      if (typeof config.data === 'string') body = config.data;
      else if (type.includes('application/x-www-form-urlencoded') || config.data instanceof URLSearchParams)
        body = new URLSearchParams(config.data as Record<string, string>).toString();
      else {
        if (!type) headers.set('content-type', 'application/json');
        body = JSON.stringify(config.data);
      }
    }
    const response = await this.outbound(this.url(config), {
      method: config.method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
      ...(config.signal
        ? { signal: config.signal }
        : config.timeout
          ? { signal: AbortSignal.timeout(config.timeout) }
          : {}),
    });
    const text = await response.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON: the text as it came, like the SDK.
    }
    const answer = {
      data: data as T,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      config,
    };
    if (!response.ok) throw new HttpError(`Request failed with status ${response.status}`, answer, config);
    return answer;
  }

  private url(config: HttpRequestConfig): string {
    const absolute = /^https?:\/\//i.test(config.url);
    const base = this.baseURL.replace(/\/+$/, '');
    const url = new URL(absolute ? config.url : `${base}/${config.url.replace(/^\/+/, '')}`);
    for (const [name, value] of Object.entries(config.params ?? {}))
      if (value !== undefined) url.searchParams.set(name, value);
    return url.href;
  }
}

/** The same client (base URL, token, propagated headers), sending through `fetch`. */
export function outboundConnectorClient(client: ConnectorClient, fetch: OutboundFetch): ConnectorClient {
  const http = new OutboundHttpClient(
    { baseURL: client.httpClient.baseURL, headers: client.httpClient.defaultHeaders },
    fetch,
  );
  // The SDK's constructor is private in its typings; it only stores the HttpClient.
  const Client = ConnectorClient as unknown as new (http: HttpClient) => ConnectorClient;
  return new Client(http);
}

/** A CloudAdapter whose Bot Connector clients, and token requests, go through `fetch`. */
export class OutboundCloudAdapter extends CloudAdapter {
  constructor(
    authConfig: ConstructorParameters<typeof CloudAdapter>[0],
    private readonly outbound: OutboundFetch,
  ) {
    super(authConfig);
    routeTokenRequests(this, outbound, authConfig?.authority);
  }

  protected override async createConnectorClient(
    ...args: Parameters<CloudAdapter['createConnectorClient']>
  ): Promise<ConnectorClient> {
    return outboundConnectorClient(await super.createConnectorClient(...args), this.outbound);
  }

  protected override async createConnectorClientWithIdentity(
    ...args: Parameters<CloudAdapter['createConnectorClientWithIdentity']>
  ): Promise<ConnectorClient> {
    return outboundConnectorClient(await super.createConnectorClientWithIdentity(...args), this.outbound);
  }
}
