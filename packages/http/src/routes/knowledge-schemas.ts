/** The zod schemas of the knowledge routes' bodies and queries. */
import { articleFieldsSchema, slugSchema } from '@frontdesk/services/knowledge/article-file';
import { syncEverySchema } from '@frontdesk/services/knowledge/knowledge-sources';
import { z } from 'zod';

/** Reads take no query parameters; unknown ones are refused. */
export const botQuery = z.strictObject({});
export const uploadQuery = z.strictObject({
  slug: slugSchema,
  title: z.string().trim().min(1).max(300).optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  translationOf: slugSchema.optional(),
});
export const createBody = articleFieldsSchema.extend({ slug: slugSchema });
export const replaceBody = articleFieldsSchema;
export const importBody = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** The URL is a sitemap: its pages are imported, no links followed. */
  sitemap: z.boolean().optional().default(false),
  maxPages: z.number().int().min(1).max(200).optional().default(50),
  maxDepth: z.number().int().min(0).max(5).optional().default(2),
  /** Re-sync on a schedule, every this many minutes (15 to 43200); null or absent: on demand only. */
  syncEveryMinutes: syncEverySchema.optional().default(null),
});
export const mcpImportBody = z.strictObject({
  /** An MCP connector of the workspace (`mcp_tool` set); its text resources become articles. */
  connectorId: z.string().min(1).max(200),
  maxResources: z.number().int().min(1).max(200).optional().default(50),
  syncEveryMinutes: syncEverySchema.optional().default(null),
});
export const sourcePatchBody = z.strictObject({ syncEveryMinutes: syncEverySchema });
