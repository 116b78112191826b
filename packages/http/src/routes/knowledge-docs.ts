/** The OpenAPI operations of the knowledge API (`/v1/knowledge/{botId}/…`). */
import { z } from 'zod';
import { describe, jsonBody, ok, oneErrors, queryParameters, writeErrors } from '../openapi/helpers.js';
import { createBody, replaceBody, uploadQuery } from './knowledge-schemas.js';

/** An article as the knowledge API shows it (without its markdown, except `GET` of one). */
export const articleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  summary: z.string().nullable(),
  tags: z.array(z.string()),
  lang: z.string(),
  translationOf: z.string().nullable(),
  sections: z.number().int(),
});

/** Every knowledge route answers 400 when the bot's agent has no knowledge folder. */
const noFolder = { '400': 'A bad body or parameter, or the bot has no knowledge folder.' };
const slugExists = { '409': 'The slug exists.' };

export const knowledgeDocs = {
  list: describe({
    operationId: 'listArticles',
    summary: "List the articles of a bot's knowledge folder",
    responses: { '200': ok('The articles.', z.array(articleSchema)), ...oneErrors(noFolder) },
  }),
  create: describe({
    operationId: 'createArticle',
    summary: "Create an article (a markdown file) in a bot's knowledge folder",
    requestBody: jsonBody(createBody),
    responses: {
      '201': ok('The article, indexed.', articleSchema),
      ...writeErrors({ ...noFolder, ...slugExists }),
    },
  }),
  get: describe({
    operationId: 'getArticle',
    summary: 'One article, with its markdown',
    responses: {
      '200': ok('The article.', articleSchema.extend({ markdown: z.string() })),
      ...oneErrors(noFolder),
    },
  }),
  replace: describe({
    operationId: 'replaceArticle',
    summary: 'Replace an article',
    requestBody: jsonBody(replaceBody),
    responses: { '200': ok('The article, indexed.', articleSchema), ...writeErrors(noFolder) },
  }),
  delete: describe({
    operationId: 'deleteArticle',
    summary: 'Delete an article',
    responses: {
      '200': ok('Deleted.', z.object({ slug: z.string(), deleted: z.literal(true) })),
      ...oneErrors(noFolder),
    },
  }),
  upload: describe({
    operationId: 'uploadArticle',
    summary: 'Turn a Markdown, HTML, PDF or DOCX file into an article',
    parameters: queryParameters(uploadQuery),
    requestBody: {
      required: true,
      content: Object.fromEntries(
        [
          'text/markdown',
          'text/html',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ].map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
      ),
    },
    responses: {
      '201': ok('The article, indexed.', articleSchema),
      ...writeErrors({ ...noFolder, ...slugExists, '413': 'Larger than 5 MB.', '415': 'Another file type.' }),
    },
  }),
};
