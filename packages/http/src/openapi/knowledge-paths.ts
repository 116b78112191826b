/** The OpenAPI paths of the knowledge API (`/v1/knowledge/…`) and content gaps (`/v1/analytics/…`). */
import { z } from 'zod';
import { gapsQuery } from '../routes/analytics.js';
import { createBody, importBody, replaceBody, uploadQuery } from '../routes/knowledge.js';
import {
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  type Paths,
  pathParameter,
  queryParameters,
  writeErrors,
} from './helpers.js';

const articleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  summary: z.string().nullable(),
  tags: z.array(z.string()),
  lang: z.string(),
  translationOf: z.string().nullable(),
  sections: z.number().int(),
});
const gapSchema = z.object({
  question: z.string(),
  count: z.number().int(),
  reasons: z.object({
    'no-answer': z.number().int(),
    'not-helpful': z.number().int(),
    handover: z.number().int(),
  }),
  examples: z.array(z.string()),
  lastAskedAt: z.number().int(),
});
const slugPath = '/v1/knowledge/{botId}/articles/{slug}';
const botParameter = pathParameter('botId');

export function knowledgePaths(): Paths {
  return {
    '/v1/knowledge/{botId}/articles': {
      get: {
        operationId: 'listArticles',
        summary: "List the articles of a bot's knowledge folder",
        parameters: [botParameter],
        responses: { '200': ok('The articles.', z.array(articleSchema)), ...oneErrors() },
      },
      post: {
        operationId: 'createArticle',
        parameters: [botParameter],
        summary: "Create an article (a markdown file) in a bot's knowledge folder",
        requestBody: jsonBody(createBody),
        responses: {
          '201': ok('The article, indexed.', articleSchema),
          ...writeErrors({ '409': 'The slug exists.' }),
        },
      },
    },
    [slugPath]: {
      get: {
        operationId: 'getArticle',
        summary: 'One article, with its markdown',
        parameters: [botParameter, pathParameter('slug')],
        responses: {
          '200': ok('The article.', articleSchema.extend({ markdown: z.string() })),
          ...oneErrors(),
        },
      },
      put: {
        operationId: 'replaceArticle',
        summary: 'Replace an article',
        parameters: [botParameter, pathParameter('slug')],
        requestBody: jsonBody(replaceBody),
        responses: { '200': ok('The article, indexed.', articleSchema), ...writeErrors() },
      },
      delete: {
        operationId: 'deleteArticle',
        summary: 'Delete an article',
        parameters: [botParameter, pathParameter('slug')],
        responses: {
          '200': ok('Deleted.', z.object({ slug: z.string(), deleted: z.literal(true) })),
          ...oneErrors(),
        },
      },
    },
    '/v1/knowledge/{botId}/uploads': {
      post: {
        operationId: 'uploadArticle',
        summary: 'Turn a Markdown, HTML, PDF or DOCX file into an article',
        parameters: [botParameter, ...queryParameters(uploadQuery)],
        requestBody: {
          required: true,
          content: Object.fromEntries(
            [
              'text/markdown',
              'text/html',
              'application/pdf',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ].map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
          ),
        },
        responses: {
          '201': ok('The article, indexed.', articleSchema),
          ...writeErrors({
            '409': 'The slug exists.',
            '413': 'Larger than 5 MB.',
            '415': 'Another file type.',
          }),
        },
      },
    },
    '/v1/knowledge/{botId}/imports': {
      post: {
        operationId: 'importWebsite',
        parameters: [botParameter],
        summary: 'Import (or re-sync) a website from a page or a sitemap into a bot’s knowledge folder',
        description:
          'Same host only, robots.txt honoured, two pages at a time, within maxPages and maxDepth. Each page becomes ' +
          '`web/{host}/{path}` with its original URL; pages of that host no longer found are removed.',
        requestBody: jsonBody(importBody),
        responses: {
          '200': ok(
            'What was imported, removed and skipped (with why).',
            z.object({
              imported: z.array(z.object({ slug: z.string(), url: z.string() })),
              removed: z.array(z.string()),
              skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
            }),
          ),
          ...writeErrors(),
        },
      },
    },
    '/v1/analytics/content-gaps': {
      get: {
        operationId: 'listContentGaps',
        summary: 'Questions the bot did not answer well, grouped by wording (JSON, or CSV with format=csv)',
        parameters: queryParameters(gapsQuery),
        responses: {
          '200': {
            ...ok('The groups, most asked first.', z.array(gapSchema)),
            content: {
              ...(ok('', z.array(gapSchema)).content as object),
              'text/csv': { schema: { type: 'string' } },
            },
            description: 'The groups, most asked first.',
          },
          ...errorResponses({ '400': 'An unknown or bad query parameter.' }),
        },
      },
    },
  };
}
