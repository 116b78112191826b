/** A bot's articles and the workspace's shared ones: search, filter by language and scope, edit, delete. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDelete } from '../confirm-delete.js';
import { useDesk } from '../desk-context.js';
import { safeUrl } from '../safe-url.js';
import { useLoad } from '../use-load.js';
import type { Editing } from './article-editor.js';
import { type ArticleRow, articlePath } from './knowledge-api.js';

type Scope = 'all' | 'bot' | 'shared';

interface Props {
  botId: string;
  round: number;
  canWrite: boolean;
  onEdit(editing: Editing): void;
  onChanged(): void;
}

/** An article's address as a safe link; a path (`/kb/…`) is on this server. */
const linkOf = (url: string) => safeUrl(url.startsWith('/') ? `${location.origin}${url}` : url);

function matches(article: ArticleRow, search: string, lang: string, scope: Scope): boolean {
  if (lang && article.lang !== lang) return false;
  if (scope === 'bot' && article.shared) return false;
  if (scope === 'shared' && !article.shared) return false;
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [article.title, article.slug, article.summary ?? '', ...article.tags].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

export function ArticleList({ botId, round, canWrite, onEdit, onChanged }: Props) {
  const desk = useDesk();
  const loaded = useLoad(
    () => desk.api.call<{ data: ArticleRow[] }>('GET', articlePath(botId)),
    [botId, round],
  );
  const [search, setSearch] = useState('');
  const [lang, setLang] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const all = loaded.data?.data ?? [];
  const languages = [...new Set(all.map((article) => article.lang))].sort();
  const shown = all.filter((article) => matches(article, search, lang, scope));
  const key = (article: ArticleRow) => `${article.shared ? 'shared' : 'bot'}:${article.slug}`;

  async function remove(article: ArticleRow) {
    try {
      await desk.api.call('DELETE', articlePath(botId, article));
      setMessage({ error: false, text: `Deleted ${article.title}.` });
      onChanged();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Articles</h2>
      <div class="filters">
        <label>
          Search articles
          <input type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} />
        </label>
        <label>
          Language
          <select value={lang} onChange={(event) => setLang(event.currentTarget.value)}>
            <option value="">All languages</option>
            {languages.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </label>
        <label>
          Scope
          <select value={scope} onChange={(event) => setScope(event.currentTarget.value as Scope)}>
            <option value="all">This bot and shared</option>
            <option value="bot">This bot only</option>
            <option value="shared">Shared with every bot</option>
          </select>
        </label>
        {canWrite && (
          <button type="button" onClick={() => onEdit({ mode: 'new' })}>
            New article
          </button>
        )}
      </div>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      <p class="muted" aria-live="polite">
        {loaded.loading ? 'Loading…' : `${shown.length} of ${all.length} articles`}
      </p>
      <div class="table-scroll">
        <table class="stacked">
          <caption class="visually-hidden">Articles</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Language</th>
              <th scope="col">Scope</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((article) => (
              <tr key={key(article)}>
                <td>
                  {linkOf(article.url) ? (
                    <a href={linkOf(article.url)} target="_blank" rel="noopener noreferrer">
                      {article.title}
                    </a>
                  ) : (
                    article.title
                  )}
                  <div class="muted">{article.slug}</div>
                </td>
                <td class="article-meta">{article.lang}</td>
                <td class="article-meta">{article.shared ? 'Shared' : 'This bot'}</td>
                <td class="actions">
                  <button
                    type="button"
                    aria-label={`${canWrite ? 'Edit' : 'View'} ${article.title}`}
                    onClick={() => onEdit({ mode: 'edit', article })}
                  >
                    {canWrite ? 'Edit' : 'View'}
                  </button>
                  {canWrite && (
                    <ConfirmDelete
                      what={article.title}
                      label={`Delete ${article.title}`}
                      onConfirm={() => remove(article)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
