/** Article CRUD for one kind of folder: a bot's (`/{botId}/articles`) or the workspace's shared one (`/_shared/articles`). */
import { existsSync } from 'node:fs';
import type { Article } from '@frontdesk/agents';
import { NotFoundError } from '@frontdesk/core';
import {
  articlePath,
  deleteArticle,
  slugSchema,
  writeArticle,
} from '@frontdesk/services/knowledge/article-file';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { readBody } from './admin-request.js';
import type { articleDocs, articleSchema } from './knowledge-docs.js';
import type { KnowledgeFolder } from './knowledge-folder.js';
import { botQuery, createBody, replaceBody } from './knowledge-schemas.js';

type FolderOf = (context: Context<AppEnv>) => Promise<{ dir: string; folder: KnowledgeFolder }>;

export function findArticle(folder: KnowledgeFolder, slug: string): Article {
  const article = folder.articles().find((candidate) => candidate.slug === slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

export function articleView(article: Article): z.infer<typeof articleSchema> {
  return {
    slug: article.slug,
    title: article.title,
    url: article.url,
    summary: article.summary ?? null,
    tags: article.tags,
    lang: article.lang,
    translationOf: article.translationKey === article.slug ? null : article.translationKey,
    sections: article.sections.length,
    shared: article.shared === true,
  };
}

/**
 * Registers list, get, create, replace and delete under `base` (`/:botId` or `/_shared`).
 * Slugs may contain `/` (folders), so the route takes the rest of the path; the `/` is written
 * `\x2f` so the route's path still splits into segments where `/openapi.json` is generated.
 * Writes go to the folder's own files only: a shared article is changed under `/_shared`.
 */
export function addArticleRoutes(
  routes: Hono<AppEnv>,
  base: string,
  folderOf: FolderOf,
  docs: ReturnType<typeof articleDocs>,
): void {
  const slugPath = `${base}/articles/:slug{[a-z0-9][a-z0-9\\x2f-]*}`;

  routes.get(`${base}/articles`, docs.list, async (context) => {
    requirePermission(context, 'bots', 'read');
    const { folder } = await folderOf(context);
    readQuery(context, botQuery);
    return context.json({ success: true, data: folder.articles().map(articleView) });
  });

  routes.get(slugPath, docs.get, async (context) => {
    requirePermission(context, 'bots', 'read');
    const { folder } = await folderOf(context);
    readQuery(context, botQuery);
    const article = findArticle(folder, context.req.param('slug') ?? '');
    return context.json({ success: true, data: { ...articleView(article), markdown: article.markdown } });
  });

  routes.post(`${base}/articles`, docs.create, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    const { slug, ...fields } = await readBody(context, createBody);
    await writeArticle(dir, slug, fields, 'create');
    await folder.reindex();
    return context.json({ success: true, data: articleView(findArticle(folder, slug)) }, 201);
  });

  routes.put(slugPath, docs.replace, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    const slug = slugSchema.parse(context.req.param('slug'));
    // A missing article is a 404 whatever the body says.
    if (!existsSync(articlePath(dir, slug))) throw new NotFoundError(`article ${slug} not found`);
    const fields = await readBody(context, replaceBody);
    await writeArticle(dir, slug, fields, 'replace');
    await folder.reindex();
    return context.json({ success: true, data: articleView(findArticle(folder, slug)) });
  });

  routes.delete(slugPath, docs.delete, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOf(context);
    readQuery(context, botQuery);
    const slug = context.req.param('slug') ?? '';
    await deleteArticle(dir, slug);
    await folder.reindex();
    return context.json({ success: true, data: { slug, deleted: true } });
  });
}
