/** Reads an MCP server's text resources (`resources/list`, `resources/read`), to import them as articles. */
import { withMcpClient } from './mcp-tools.js';

export interface McpResourcesTarget {
  url: string;
  timeoutMs: number;
  authorization?: () => Promise<string | undefined>;
}

export interface McpResource {
  uri: string;
  name: string;
  title: string;
  mimeType: string;
  text: string;
}

/** Resource types read as text; others (images, binaries) are left out. */
const TEXT_TYPES = /^(text\/(markdown|plain|html|x-markdown)|application\/(json|xhtml\+xml))/;

/**
 * Lists the server's resources (every page, up to `maxResources`) and reads the text ones, over
 * one connection, within `timeoutMs` for each call the read makes and the caller's signal.
 */
export async function readMcpResources(
  target: McpResourcesTarget,
  options: { signal: AbortSignal; maxResources: number },
): Promise<{ resources: McpResource[]; skipped: { uri: string; reason: string }[] }> {
  // The time limit covers the whole read here: listing and reading every resource.
  const budget = { ...target, timeoutMs: target.timeoutMs * (options.maxResources + 2) };
  return withMcpClient(budget, options.signal, async (client, signal) => {
    const listed: { uri: string; name: string; title?: string; mimeType?: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listResources(cursor ? { cursor } : {}, { signal });
      listed.push(...page.resources);
      cursor = page.nextCursor;
    } while (cursor && listed.length < options.maxResources);
    const resources: McpResource[] = [];
    const skipped: { uri: string; reason: string }[] = [];
    for (const entry of listed.slice(0, options.maxResources)) {
      if (entry.mimeType && !TEXT_TYPES.test(entry.mimeType)) {
        skipped.push({ uri: entry.uri, reason: `not text (${entry.mimeType})` });
        continue;
      }
      try {
        const read = await client.readResource({ uri: entry.uri }, { signal });
        const text = read.contents
          .flatMap((content) => ('text' in content && typeof content.text === 'string' ? [content.text] : []))
          .join('\n\n');
        if (text.trim() === '') skipped.push({ uri: entry.uri, reason: 'no text' });
        else
          resources.push({
            uri: entry.uri,
            name: entry.name,
            title: entry.title ?? entry.name,
            mimeType: entry.mimeType ?? read.contents[0]?.mimeType ?? 'text/plain',
            text,
          });
      } catch (error) {
        signal.throwIfAborted();
        skipped.push({
          uri: entry.uri,
          reason: error instanceof Error ? error.message.slice(0, 200) : 'unreadable',
        });
      }
    }
    return { resources, skipped };
  });
}
