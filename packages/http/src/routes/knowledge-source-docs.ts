/** The OpenAPI operations of a knowledge folder's imported sources (`/v1/knowledge/{botId}/sources…`). */
import { sourceSchema } from '@frontdesk/services/knowledge/knowledge-sources';
import { z } from 'zod';
import { describe, jsonBody, ok, oneErrors, writeErrors } from '../openapi/helpers.js';
import { importBody, mcpImportBody, sourcePatchBody } from './knowledge-schemas.js';

const noFolder = { '400': 'A bad body or parameter, or the bot has no knowledge folder.' };

/** What one crawl did, and the source with its sync status. */
export const importResultSchema = z.object({
  imported: z.array(z.object({ slug: z.string(), url: z.string() })),
  removed: z.array(z.string()),
  skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
  source: sourceSchema,
});

export const knowledgeSourceDocs = {
  import: describe({
    operationId: 'importWebsite',
    summary: 'Import (or re-sync) a website from a page or a sitemap into a bot’s knowledge folder',
    description:
      'Same host only, robots.txt honoured, two pages at a time, within maxPages and maxDepth. Each page becomes ' +
      '`web/{host}/{path}` with its original URL; pages of that host no longer found are removed. The URL is ' +
      'kept as a source; with `syncEveryMinutes` it is re-synced on that schedule.',
    requestBody: jsonBody(importBody),
    responses: {
      '200': ok('What was imported, removed and skipped (with why), and the source.', importResultSchema),
      ...writeErrors(noFolder),
    },
  }),
  mcpImport: describe({
    operationId: 'importMcpResources',
    summary: "Import (or re-sync) an MCP connector's text resources into a bot’s knowledge folder",
    description:
      'Each text resource (markdown, plain text, HTML) becomes `mcp/{connectorId}/{name}`, linked to its URI when ' +
      'that is http(s); resources gone from the server are removed. Kept as a source; with `syncEveryMinutes` ' +
      'it is re-synced on that schedule.',
    requestBody: jsonBody(mcpImportBody),
    responses: {
      '200': ok('What was imported, removed and skipped (with why), and the source.', importResultSchema),
      ...writeErrors(noFolder),
    },
  }),
  list: describe({
    operationId: 'listKnowledgeSources',
    summary: "The imported sources of a bot's knowledge folder, with their sync status",
    responses: { '200': ok('The sources.', z.array(sourceSchema)), ...oneErrors(noFolder) },
  }),
  sync: describe({
    operationId: 'syncKnowledgeSource',
    summary: 'Re-sync one source now',
    responses: {
      '200': ok('What the crawl did, and the source with its new status.', importResultSchema),
      ...oneErrors(noFolder),
    },
  }),
  patch: describe({
    operationId: 'updateKnowledgeSource',
    summary: "Change a source's re-sync interval (null: on demand only)",
    requestBody: jsonBody(sourcePatchBody),
    responses: { '200': ok('The source.', sourceSchema), ...writeErrors(noFolder) },
  }),
  delete: describe({
    operationId: 'deleteKnowledgeSource',
    summary: 'Stop syncing a source; its articles stay (delete them as articles)',
    responses: {
      '200': ok('Deleted.', z.object({ id: z.string(), deleted: z.literal(true) })),
      ...oneErrors(noFolder),
    },
  }),
};
