/** A bot's folder together with its workspace's shared articles: the folder's own win on a slug. */
import type { Article } from './article.js';
import { type LoadKnowledgeOptions, loadKnowledge } from './load-knowledge.js';

/**
 * The folder's articles, then the shared folder's whose slug the folder does not use, marked
 * `shared`. A shared folder that does not exist (yet) has no articles.
 */
export async function loadWithShared(
  dir: string,
  sharedDir: string | undefined,
  options: LoadKnowledgeOptions = {},
): Promise<Article[]> {
  const own = await loadKnowledge(dir, options);
  if (!sharedDir) return own;
  let shared: Article[] = [];
  try {
    shared = await loadKnowledge(sharedDir, options);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const slugs = new Set(own.map((article) => article.slug));
  const extra = shared
    .filter((article) => !slugs.has(article.slug))
    .map((article) => ({ ...article, shared: true }));
  return [...own, ...extra].sort((left, right) =>
    left.slug < right.slug ? -1 : left.slug > right.slug ? 1 : 0,
  );
}
