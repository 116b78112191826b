/**
 * An MCP server's tools offered to the `openai` agent: only the tools the bot allow-lists, read
 * from the server's `tools/list` (name, description, input schema) and called with `tools/call`
 * over Streamable HTTP (the official SDK), every request through the outbound client's policy.
 */
import { outboundFetch } from '@frontdesk/outbound';
import type { HttpFunction } from '../openai/http-function.js';

export interface McpToolsTarget {
  /** The connector's name, for messages. */
  name: string;
  url: string;
  /** The tools the bot may use; others the server has are never shown to the model. */
  allow: readonly string[];
  timeoutMs: number;
  authorization?: () => Promise<string | undefined>;
}

/** One tool as the server lists it. */
export interface ListedTool {
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
}

/** Tool lists by server (and settings), each kept until `expiresAt`. */
export type ToolListCache = Map<string, { expiresAt: number; tools: readonly ListedTool[] }>;

/** Longest tool answer passed to the model, in characters. */
const MAX_RESULT = 8000;

export type McpClient = InstanceType<typeof import('@modelcontextprotocol/sdk/client/index.js')['Client']>;

/** Connects, runs `work`, and closes, within the target's time limit. */
export async function withMcpClient<T>(
  target: Pick<McpToolsTarget, 'url' | 'timeoutMs' | 'authorization'>,
  signal: AbortSignal,
  work: (client: McpClient, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const [{ Client }, { StreamableHTTPClientTransport }] = await Promise.all([
    import('@modelcontextprotocol/sdk/client/index.js'),
    import('@modelcontextprotocol/sdk/client/streamableHttp.js'),
  ]);
  const authorization = await target.authorization?.();
  const transport = new StreamableHTTPClientTransport(new URL(target.url), {
    requestInit: { headers: authorization ? { Authorization: authorization } : {} },
    fetch: (url, init) => outboundFetch(url, init),
  });
  const client = new Client({ name: 'frontdesk', version: '0.1.0' });
  const limited = AbortSignal.any([signal, AbortSignal.timeout(target.timeoutMs)]);
  try {
    await client.connect(transport, { signal: limited });
    return await work(client, limited);
  } finally {
    await client.close().catch(() => {});
  }
}

/** Every tool the server has (`tools/list`, all pages, at most 1000). */
function listTools(target: McpToolsTarget, signal: AbortSignal): Promise<ListedTool[]> {
  return withMcpClient(target, signal, async (client, limited) => {
    const tools: ListedTool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : {}, { signal: limited });
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor && tools.length < 1000);
    return tools;
  });
}

/** A name the OpenAI API accepts (`^[a-zA-Z0-9_-]{1,64}$`). */
function functionName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

/** What a tool answered, as text for the model: its text items, else its structured content. */
function resultText(result: { content?: unknown; structuredContent?: unknown }): string {
  const items = Array.isArray(result.content) ? (result.content as { type?: unknown; text?: unknown }[]) : [];
  const texts = items.flatMap((item) =>
    item.type === 'text' && typeof item.text === 'string' ? [item.text] : [],
  );
  if (texts.length > 0) return texts.join('\n');
  return result.structuredContent === undefined ? '' : JSON.stringify(result.structuredContent);
}

/**
 * The allow-listed tools the server has, as functions for the agent. An allow-listed tool the
 * server does not have is left out and reported through `onMissing`. `taken` are names already in
 * use (the agent's own tools): a clash gets the connector's name in front.
 */
export async function mcpToolFunctions(
  target: McpToolsTarget,
  options: {
    signal: AbortSignal;
    taken: readonly string[];
    onMissing?: (tool: string) => void;
    /** Keeps a server's tool list for a while, so each message does not list it again. */
    cache?: { key: string; store: ToolListCache; ttlMs: number; now?: () => number };
  },
): Promise<HttpFunction[]> {
  const now = options.cache?.now ?? Date.now;
  const cached = options.cache?.store.get(options.cache.key);
  const listed = cached && cached.expiresAt > now() ? cached.tools : await listTools(target, options.signal);
  if (options.cache && listed !== cached?.tools) {
    const { store, key, ttlMs } = options.cache;
    for (const [stale, entry] of store) if (entry.expiresAt <= now()) store.delete(stale);
    store.set(key, { expiresAt: now() + ttlMs, tools: listed });
  }
  const taken = new Set(options.taken);
  const functions: HttpFunction[] = [];
  for (const allowed of target.allow) {
    const tool = listed.find((candidate) => candidate.name === allowed);
    if (!tool) {
      options.onMissing?.(allowed);
      continue;
    }
    let name = functionName(tool.name);
    if (taken.has(name)) name = functionName(`${target.name}_${tool.name}`);
    taken.add(name);
    functions.push({
      name,
      tool: {
        type: 'function',
        function: {
          name,
          description: (tool.description ?? `The ${tool.name} tool of ${target.name}.`).slice(0, 1000),
          parameters: tool.inputSchema,
        },
      },
      async call(argumentsJson, context) {
        let args: Record<string, unknown>;
        try {
          const parsed: unknown = JSON.parse(argumentsJson || '{}');
          args = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
        } catch {
          return `The arguments of ${name} were not valid JSON.`;
        }
        try {
          const result = await withMcpClient(target, context.signal, (client, signal) =>
            client.callTool({ name: tool.name, arguments: args }, undefined, { signal }),
          );
          const text = resultText(result as { content?: unknown; structuredContent?: unknown }).slice(
            0,
            MAX_RESULT,
          );
          if (result.isError) return `The tool ${name} failed: ${text}`;
          return text || `The tool ${name} returned nothing.`;
        } catch (error) {
          context.signal.throwIfAborted();
          const reason = error instanceof Error ? error.message : String(error);
          return `The tool ${name} could not be called: ${reason.slice(0, 300)}`;
        }
      },
    });
  }
  return functions;
}
