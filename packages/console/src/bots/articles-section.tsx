/** A bot's help articles (`/v1/knowledge/{botId}/articles`): listed with links, added as markdown, removed. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDelete } from '../confirm-delete.js';
import { useDesk } from '../desk-context.js';
import { safeUrl } from '../safe-url.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';
import type { BotRecord } from './bot-types.js';

interface ArticleRow {
  slug: string;
  title: string;
  url: string;
  sections: number;
}

const articlesPath = (botId: string, slug = '') =>
  `/v1/knowledge/${encodeURIComponent(botId)}/articles${slug ? `/${slug}` : ''}`;

/** An article's address as a safe link; a path (`/kb/…`) is on this server. */
const linkOf = (url: string) => safeUrl(url.startsWith('/') ? `${location.origin}${url}` : url);

/** `Reset your password` → `reset-your-password`. */
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);

export function ArticlesSection({ bot }: { bot: BotRecord }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: ArticleRow[] }>('GET', articlesPath(bot.id)), [bot.id]);
  const [title, setTitle, latestTitle] = useField(() => '');
  const [markdown, setMarkdown, latestMarkdown] = useField(() => '');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const articles = loaded.data?.data ?? [];

  async function add(event: Event) {
    event.preventDefault();
    // The latest values, even when the last input has not been rendered yet.
    const title = latestTitle.current;
    const markdown = latestMarkdown.current;
    try {
      await desk.api.call('POST', articlesPath(bot.id), {
        slug: slugOf(title),
        title: title.trim(),
        markdown,
      });
      setMessage({ error: false, text: `Added ${title.trim()}.` });
      setTitle('');
      setMarkdown('');
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  async function remove(article: ArticleRow) {
    try {
      await desk.api.call('DELETE', articlesPath(bot.id, article.slug));
      setMessage({ error: false, text: `Removed ${article.title}.` });
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Help articles</h2>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {!loaded.loading && articles.length === 0 && !loaded.error && (
        <p class="muted">No articles yet: the bot has nothing to answer from.</p>
      )}
      <ul class="origins article-links" aria-label="Articles">
        {articles.map((article) => (
          <li key={article.slug}>
            {linkOf(article.url) ? (
              <a href={linkOf(article.url)} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
            ) : (
              article.title
            )}{' '}
            <ConfirmDelete
              verb="remove"
              what={`the article ${article.title}`}
              label={`Remove ${article.title}`}
              onConfirm={() => remove(article)}
            >
              Remove
            </ConfirmDelete>
          </li>
        ))}
      </ul>
      <form class="fields" onSubmit={add} aria-label="Add an article">
        <label>
          Article title
          <input value={title} maxLength={300} onInput={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <label>
          Article text (markdown)
          <textarea rows={6} value={markdown} onInput={(event) => setMarkdown(event.currentTarget.value)} />
        </label>
        <button type="submit">Add article</button>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
