/** Asks an MCP server (Streamable HTTP, the official SDK) through its search tool; the results become connector documents. */
import { outboundFetch } from '@frontdesk/outbound';
import { type ConnectorDocument, resultScore } from './connector-document.js';

export interface McpSearchTarget {
  name: string;
  /** The server's Streamable HTTP endpoint, e.g. `https://docs.example.com/mcp`. */
  url: string;
  /** The tool called with `{"query": …}`, e.g. `search`. */
  tool: string;
  excludes: readonly string[];
  authorization?: () => Promise<string | undefined>;
}

/**
 * Calls the tool once and reads its result: `structuredContent.results` when the server gives
 * it, else each `resource_link` (title, uri) and `text` item as one document. A tool error
 * (`isError`) or a protocol failure throws.
 */
export async function queryMcpServer(
  target: McpSearchTarget,
  query: string,
  options: { signal: AbortSignal; maxResults: number },
): Promise<ConnectorDocument[]> {
  // The SDK is imported when an MCP connector is first asked, not at every start.
  const [{ Client }, { StreamableHTTPClientTransport }] = await Promise.all([
    import('@modelcontextprotocol/sdk/client/index.js'),
    import('@modelcontextprotocol/sdk/client/streamableHttp.js'),
  ]);
  const authorization = await target.authorization?.();
  const transport = new StreamableHTTPClientTransport(new URL(target.url), {
    requestInit: { headers: authorization ? { Authorization: authorization } : {} },
    // Every request to the MCP server goes through the outbound client's address policy.
    fetch: (url, init) => outboundFetch(url, init),
  });
  const client = new Client({ name: 'frontdesk', version: '0.1.0' });
  try {
    await client.connect(transport, { signal: options.signal });
    const result = await client.callTool({ name: target.tool, arguments: { query } }, undefined, {
      signal: options.signal,
    });
    if (result.isError) throw new Error(`the ${target.tool} tool failed: ${textOf(result.content)}`);
    return toFields(result as { content?: unknown; structuredContent?: unknown })
      .slice(0, options.maxResults)
      .map((fields, rank) => ({
        connectorName: target.name,
        fields,
        excludes: target.excludes,
        score: resultScore(fields, rank),
      }));
  } finally {
    await client.close().catch(() => {});
  }
}

function toFields(result: { content?: unknown; structuredContent?: unknown }): Record<string, unknown>[] {
  const structured = result.structuredContent as { results?: unknown } | undefined;
  if (structured && Array.isArray(structured.results)) {
    return structured.results.filter(
      (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
    );
  }
  const items = Array.isArray(result.content) ? (result.content as Record<string, unknown>[]) : [];
  return items.flatMap((item): Record<string, unknown>[] => {
    if (item.type === 'resource_link') {
      return [{ title: item.title ?? item.name, url: item.uri, text: item.description ?? '' }];
    }
    if (item.type === 'text' && typeof item.text === 'string' && item.text.trim() !== '')
      return [{ text: item.text }];
    return [];
  });
}

function textOf(content: unknown): string {
  return Array.isArray(content)
    ? content
        .map((item: { text?: unknown }) => (typeof item.text === 'string' ? item.text : ''))
        .join(' ')
        .slice(0, 200)
    : '';
}
