/** `/v1/knowledge/…`: the articles of a bot's knowledge folder and of the workspace's shared one, uploads, sources. */
import { ValidationError } from '@frontdesk/core';
import { writeArticle } from '@frontdesk/services/knowledge/article-file';
import { convertUpload, MAX_UPLOAD_BYTES, uploadKind } from '@frontdesk/services/knowledge/convert-upload';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { addArticleRoutes, articleView, findArticle } from './knowledge-articles.js';
import { articleDocs, knowledgeDocs } from './knowledge-docs.js';
import { folderOfBot, type KnowledgeRouteDependencies } from './knowledge-folder.js';
import { uploadQuery } from './knowledge-schemas.js';
import { knowledgeSourceRoutes } from './knowledge-sources.js';

export type { KnowledgeFolder, KnowledgeRouteDependencies } from './knowledge-folder.js';

export { botQuery, createBody, importBody, replaceBody, uploadQuery } from './knowledge-schemas.js';

/** The routes under `/v1/knowledge`. Articles are markdown files in the bot's knowledge folder. */
export function knowledgeRoutes(deps: KnowledgeRouteDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const folderOf = (context: Context<AppEnv>) => folderOfBot(deps, context);
  const sharedOf = async (context: Context<AppEnv>) => {
    const folder = deps.sharedKnowledgeFolder(context.get('token').workspaceId);
    return { dir: folder.dir, folder };
  };

  // First: `_shared` is never a bot id (they start with a letter or digit).
  addArticleRoutes(routes, '/_shared', sharedOf, articleDocs('shared'));
  addArticleRoutes(routes, '/:botId', folderOf, articleDocs('bot'));

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
    return context.json({ success: true, data: articleView(findArticle(folder, query.slug)) }, 201);
  });

  routes.route('/', knowledgeSourceRoutes(deps));

  return routes;
}
