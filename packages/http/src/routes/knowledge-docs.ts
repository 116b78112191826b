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
  /** True for an article of the workspace's shared folder (listed with every bot's own). */
  shared: z.boolean(),
});

/** Every knowledge route answers 400 when the bot's agent has no knowledge folder. */
const noFolder = { '400': 'A bad body or parameter, or the bot has no knowledge folder.' };
const slugExists = { '409': 'The slug exists.' };

/** The article routes' operations, for a bot's folder or the workspace's shared one. */
export function articleDocs(scope: 'bot' | 'shared') {
  const id = (name: string) => (scope === 'bot' ? name : name.replace('Article', 'SharedArticle'));
  const where = scope === 'bot' ? "a bot's knowledge folder" : "the workspace's shared articles";
  return {
    list: describe({
      operationId: id('listArticles'),
      summary:
        scope === 'bot'
          ? "List the articles of a bot's knowledge folder, with the workspace's shared ones"
          : "List the workspace's shared articles (every bot answers from them)",
      responses: { '200': ok('The articles.', z.array(articleSchema)), ...oneErrors(noFolder) },
    }),
    create: describe({
      operationId: id('createArticle'),
      summary: `Create an article (a markdown file) in ${where}`,
      requestBody: jsonBody(createBody),
      responses: {
        '201': ok('The article, indexed.', articleSchema),
        ...writeErrors({ ...noFolder, ...slugExists }),
      },
    }),
    get: describe({
      operationId: id('getArticle'),
      summary: 'One article, with its markdown',
      responses: {
        '200': ok('The article.', articleSchema.extend({ markdown: z.string() })),
        ...oneErrors(noFolder),
      },
    }),
    replace: describe({
      operationId: id('replaceArticle'),
      summary: `Replace an article of ${where}`,
      requestBody: jsonBody(replaceBody),
      responses: { '200': ok('The article, indexed.', articleSchema), ...writeErrors(noFolder) },
    }),
    delete: describe({
      operationId: id('deleteArticle'),
      summary: `Delete an article of ${where}`,
      responses: {
        '200': ok('Deleted.', z.object({ slug: z.string(), deleted: z.literal(true) })),
        ...oneErrors(noFolder),
      },
    }),
  };
}

export const knowledgeDocs = {
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
