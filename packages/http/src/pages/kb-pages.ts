/** The knowledge-base pages: an index of articles and one readable page per article. */
import type { Article } from '@frontdesk/agents';
import { renderMarkdown } from '@frontdesk/services/markdown/render-markdown';
import { escapeHtml, renderPage } from './html.js';

/** The path of an article page; each slug segment is encoded, the `/` between them kept. */
export function articlePath(slug: string): string {
  return `/kb/${slug.split('/').map(encodeURIComponent).join('/')}`;
}

/** `/kb`: every article with its summary, by title. */
export function renderKbIndex(articles: readonly Article[]): string {
  const sorted = [...articles].sort((left, right) => left.title.localeCompare(right.title));
  const items = sorted
    .map(
      (article) =>
        `<li><a href="${escapeHtml(articlePath(article.slug))}">${escapeHtml(article.title)}</a>${
          article.summary ? `<br><span class="muted">${escapeHtml(article.summary)}</span>` : ''
        }</li>`,
    )
    .join('\n');
  const body =
    sorted.length === 0
      ? '<p>There are no articles yet. Add markdown files to the knowledge folder.</p>'
      : `<ul class="articles">\n${items}\n</ul>`;
  return renderPage('Knowledge base', `<h1>Knowledge base</h1>\n${body}`);
}

/** One article. Its own `# Title` line is used when it starts with one, else the title is added. */
export function renderArticle(article: Article): string {
  const startsWithTitle = /^\s*#\s/.test(article.markdown);
  const heading = startsWithTitle ? '' : `<h1>${escapeHtml(article.title)}</h1>\n`;
  const body = `<p class="muted"><a href="/kb">Knowledge base</a></p>\n${heading}${renderMarkdown(article.markdown)}`;
  return renderPage(article.title, body);
}

/** The page for an unknown article. */
export function renderArticleNotFound(slug: string): string {
  return renderPage(
    'Article not found',
    `<h1>Article not found</h1>
<p>There is no article <code>${escapeHtml(slug)}</code>. See the <a href="/kb">list of articles</a>.</p>`,
  );
}
