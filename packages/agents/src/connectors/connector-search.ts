/** Queries knowledge connectors (`POST {url}` with `{"query": …}`) in parallel, each under a time limit. */
import { AgentError } from '@frontdesk/core';
import { isOutboundError, type OutboundFetch, outboundFetch } from '@frontdesk/outbound';
import { type ConnectorDocument, resultScore } from './connector-document.js';
import { queryMcpServer } from './mcp-search.js';

/** One connector as the agent sees it: where it is, how to call it, and what to do when it fails. */
export interface ConnectorTarget {
  name: string;
  url: string;
  excludes: readonly string[];
  continueOnFailure: boolean;
  /** This connector's time limit per query, in milliseconds; overrides the search's `timeoutMs`. */
  timeoutMs?: number;
  /** The `Authorization` header value, read per query (OAuth tokens may be refreshed); none when undefined. */
  authorization?: () => Promise<string | undefined>;
  /** An MCP server (Streamable HTTP) searched through this tool, instead of `POST {url}` with `{"query"}`. */
  mcpTool?: string;
}

export interface ConnectorQueryOptions {
  signal?: AbortSignal;
  /** Default 5000 ms. */
  timeoutMs?: number;
  /** Most results kept per connector. Default 5. */
  maxResults?: number;
  /** The HTTP client; default the outbound client (address policy, size limit). */
  fetch?: OutboundFetch;
}

/** A connector that failed, with the reason in words (never a secret). */
export class ConnectorError extends AgentError {
  constructor(
    readonly connectorName: string,
    reason: string,
    options?: { cause?: unknown; timeout?: boolean },
  ) {
    super(`Connector "${connectorName}" failed: ${reason}`, options);
  }
}

/** The `Authorization` header for a service token: `Bearer t`, `Basic t`, or the token alone. */
export function serviceAuthorization(type: 'bearer' | 'basic' | 'noscheme', token: string): string {
  if (type === 'bearer') return `Bearer ${token}`;
  if (type === 'basic') return `Basic ${token}`;
  return token;
}

/** Asks one connector; throws a ConnectorError on a timeout, an HTTP error or a malformed body. */
export async function queryConnector(
  target: ConnectorTarget,
  query: string,
  options: ConnectorQueryOptions = {},
): Promise<ConnectorDocument[]> {
  const timeoutMs = target.timeoutMs ?? options.timeoutMs ?? 5000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  if (target.mcpTool) {
    try {
      return await queryMcpServer({ ...target, tool: target.mcpTool }, query, {
        signal,
        maxResults: options.maxResults ?? 5,
      });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeout.aborted)
        throw new ConnectorError(target.name, `no answer within ${timeoutMs} ms`, { timeout: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectorError(target.name, `MCP server: ${reason}`, { cause: error });
    }
  }
  let response: Response;
  try {
    const authorization = await target.authorization?.();
    response = await (options.fetch ?? outboundFetch)(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: JSON.stringify({ query }),
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      throw new ConnectorError(target.name, `no answer within ${timeoutMs} ms`, { timeout: true });
    }
    if (error instanceof ConnectorError) throw error;
    if (isOutboundError(error) && error.code !== 'unreachable') {
      throw new ConnectorError(target.name, error.message, { cause: error });
    }
    throw new ConnectorError(target.name, 'cannot be reached', { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new ConnectorError(target.name, `answered HTTP ${response.status}`);
  }
  const body = (await response.json().catch(() => undefined)) as { results?: unknown } | undefined;
  if (!body || !Array.isArray(body.results)) {
    throw new ConnectorError(target.name, 'answered without a "results" array');
  }
  return body.results
    .filter((result): result is Record<string, unknown> => typeof result === 'object' && result !== null)
    .slice(0, options.maxResults ?? 5)
    .map((fields, rank) => ({
      connectorName: target.name,
      fields,
      excludes: target.excludes,
      score: resultScore(fields, rank),
    }));
}

/**
 * Asks every connector at once. A connector that fails is skipped when it allows
 * (`continueOnFailure`); otherwise its failure fails the whole search.
 */
export async function searchConnectors(
  targets: readonly ConnectorTarget[],
  query: string,
  options: ConnectorQueryOptions & { onSkipped?: (error: ConnectorError) => void } = {},
): Promise<ConnectorDocument[]> {
  const settled = await Promise.allSettled(targets.map((target) => queryConnector(target, query, options)));
  const documents: ConnectorDocument[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') {
      documents.push(...outcome.value);
      return;
    }
    const error = outcome.reason;
    if (options.signal?.aborted) throw options.signal.reason;
    if (error instanceof ConnectorError && targets[index]?.continueOnFailure) {
      options.onSkipped?.(error);
      return;
    }
    throw error;
  });
  return documents;
}
