/** Imports an MCP connector's text resources into a knowledge folder: one article per resource, stale ones removed. */
import { type McpResourcesTarget, readMcpResources } from '@frontdesk/agents';
import { deleteArticle, writeArticle } from './article-file.js';
import { convertUpload } from './convert-upload.js';
import type { ImportResult } from './website-import.js';

export interface McpImportOptions {
  target: McpResourcesTarget;
  /** Names the folder the articles go to: `mcp/{connectorId}/…`. */
  connectorId: string;
  maxResources: number;
  signal?: AbortSignal;
}

/**
 * Reads the resources and writes each as `mcp/{connector}/{name}.md`; an http(s) resource URI
 * becomes the article's `url`, so answers link to it. Articles under that prefix whose resource is
 * gone are deleted (only when at least one resource was read). HTML is converted to markdown.
 */
export async function importMcpResources(
  dir: string,
  existingSlugs: readonly string[],
  options: McpImportOptions,
): Promise<ImportResult> {
  const { resources, skipped } = await readMcpResources(options.target, {
    signal: options.signal ?? AbortSignal.timeout(120_000),
    maxResources: options.maxResources,
  });
  const prefix = `mcp/${slugPart(options.connectorId)}/`;
  const imported: ImportResult['imported'] = [];
  for (const resource of resources) {
    const slug = `${prefix}${slugPart(resource.name) || slugPart(resource.uri) || 'resource'}`;
    if (imported.some((entry) => entry.slug === slug)) {
      skipped.push({ uri: resource.uri, reason: `another resource has the name ${resource.name}` });
      continue;
    }
    const markdown = /html/.test(resource.mimeType)
      ? (await convertUpload('html', new TextEncoder().encode(resource.text))).markdown
      : resource.text;
    const url = /^https?:\/\//i.test(resource.uri) ? resource.uri : undefined;
    await writeArticle(dir, slug, { title: resource.title, markdown, ...(url ? { url } : {}) }, 'upsert');
    imported.push({ slug, url: url ?? resource.uri });
  }
  const removed: string[] = [];
  if (imported.length > 0) {
    const kept = new Set(imported.map((entry) => entry.slug));
    for (const slug of existingSlugs) {
      if (slug.startsWith(prefix) && !kept.has(slug)) {
        await deleteArticle(dir, slug);
        removed.push(slug);
      }
    }
  }
  return { imported, removed, skipped: skipped.map(({ uri, reason }) => ({ url: uri, reason })) };
}

function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/\.(?:md|markdown|txt|html?)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
