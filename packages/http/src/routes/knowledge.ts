/** `/v1/knowledge/…`: list, read, create, replace, delete and upload the articles of a bot's knowledge folder. */
import type { Article } from '@frontdesk/agents';
import { NotFoundError, ValidationError } from '@frontdesk/core';
import { deleteArticle, slugSchema, writeArticle } from '@frontdesk/services/knowledge/article-file';
import { convertUpload, MAX_UPLOAD_BYTES, uploadKind } from '@frontdesk/services/knowledge/convert-upload';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { readBody } from './admin-request.js';
import { type articleSchema, knowledgeDocs } from './knowledge-docs.js';
import { folderOfBot, type KnowledgeFolder, type KnowledgeRouteDependencies } from './knowledge-folder.js';
import { botQuery, createBody, replaceBody, uploadQuery } from './knowledge-schemas.js';
import { knowledgeSourceRoutes } from './knowledge-sources.js';

export type { KnowledgeFolder, KnowledgeRouteDependencies } from './knowledge-folder.js';

export { botQuery, createBody, importBody, replaceBody, uploadQuery } from './knowledge-schemas.js';

/**
 * Slugs may contain `/` (folders), so the route takes the rest of the path. The `/` is written
 * `\x2f` so the route's path still splits into segments where `/openapi.json` is generated.
 */
const SLUG_PATH = '/:botId/articles/:slug{[a-z0-9][a-z0-9\\x2f-]*}';

/** The routes under `/v1/knowledge`. Articles are markdown files in the bot's knowledge folder. */
export function knowledgeRoutes(deps: KnowledgeRouteDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const folderOf = (context: Context<AppEnv>) => folderOfBot(deps, context);
  const find = (folder: KnowledgeFolder, slug: string) => {
    const article = folder.articles().find((candidate) => candidate.slug === slug);
    if (!article) throw new NotFoundError(`article ${slug} not found`);
    return article;
  };

  routes.get('/:botId/articles', knowledgeDocs.list, async (context) => {
    requirePermission(context, 'bots', 'read');
    const { folder } = await folderOf(context);
    readQuery(context, botQuery);
    return context.json({ success: true, data: folder.articles().map(articleView) });
  });

  routes.get(SLUG_PATH, knowledgeDocs.get, async (context) => {
    requirePermission(context, 'bots', 'read');
    const { folder } = await folderOf(context);
    readQuery(context, botQuery);
    const article = find(folder, context.req.param('slug'));
    return context.json({ success: true, data: { ...articleView(article), markdown: article.markdown } });
  });

  routes.post('/:botId/articles', knowledgeDocs.create, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    const { slug, ...fields } = await readBody(context, createBody);
    await writeArticle(dir, slug, fields, 'create');
    await folder.reindex();
    return context.json({ success: true, data: articleView(find(folder, slug)) }, 201);
  });

  routes.put(SLUG_PATH, knowledgeDocs.replace, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    const slug = slugSchema.parse(context.req.param('slug'));
    const fields = await readBody(context, replaceBody);
    await writeArticle(dir, slug, fields, 'replace');
    await folder.reindex();
    return context.json({ success: true, data: articleView(find(folder, slug)) });
  });

  routes.delete(SLUG_PATH, knowledgeDocs.delete, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    readQuery(context, botQuery);
    await deleteArticle(dir, context.req.param('slug'));
    await folder.reindex();
    return context.json({ success: true, data: { slug: context.req.param('slug'), deleted: true } });
  });

  routes.post('/:botId/uploads', knowledgeDocs.upload, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    const query = readQuery(context, uploadQuery);
    const kind = uploadKind(context.req.header('content-type'));
    const bytes = new Uint8Array(await context.req.arrayBuffer());
    if (bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw new ValidationError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, {
        status: 413,
      });
    }
    const converted = await convertUpload(kind, bytes);
    const title = query.title ?? converted.title ?? query.slug;
    await writeArticle(
      dir,
      query.slug,
      {
        title,
        markdown: converted.markdown,
        ...(query.lang ? { lang: query.lang } : {}),
        ...(query.translationOf ? { translationOf: query.translationOf } : {}),
      },
      'create',
    );
    await folder.reindex();
    return context.json({ success: true, data: articleView(find(folder, query.slug)) }, 201);
  });

  routes.route('/', knowledgeSourceRoutes(deps));

  return routes;
}

function articleView(article: Article): z.infer<typeof articleSchema> {
  return {
    slug: article.slug,
    title: article.title,
    url: article.url,
    summary: article.summary ?? null,
    tags: article.tags,
    lang: article.lang,
    translationOf: article.translationKey === article.slug ? null : article.translationKey,
    sections: article.sections.length,
  };
}
