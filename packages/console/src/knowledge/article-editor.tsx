/** Writes or edits one article as markdown, with a live preview built as elements (never HTML). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { Markdown } from '../markdown.js';
import { useField } from '../use-field.js';
import { type ArticleFull, type ArticleRow, articlePath, slugOf } from './knowledge-api.js';

export type Editing = { mode: 'new' } | { mode: 'edit'; article: ArticleRow };

interface Values {
  title: string;
  slug: string;
  lang: string;
  summary: string;
  markdown: string;
  shared: boolean;
}

interface Props {
  botId: string;
  editing: Editing;
  canWrite: boolean;
  onDone(): void;
}

export function ArticleEditor({ botId, editing, canWrite, onDone }: Props) {
  const desk = useDesk();
  const creating = editing.mode === 'new';
  const [loaded, setLoaded] = useState<ArticleFull>();
  const [values, setValues, latest] = useField<Values>(() => ({
    title: '',
    slug: '',
    lang: '',
    summary: '',
    markdown: '',
    shared: false,
  }));
  const [slugTouched, setSlugTouched] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    if (editing.mode !== 'edit') return;
    desk.api.call<{ data: ArticleFull }>('GET', articlePath(botId, editing.article)).then(
      ({ data }) => {
        setLoaded(data);
        setValues({
          title: data.title,
          slug: data.slug,
          lang: data.lang,
          summary: data.summary ?? '',
          markdown: data.markdown,
          shared: data.shared,
        });
      },
      (failure) => setError(desk.explain(failure)),
    );
  }, [botId, editing]);

  const change = (patch: Partial<Values>) => {
    const next = { ...latest.current, ...patch };
    if (creating && patch.title !== undefined && !slugTouched) next.slug = slugOf(patch.title);
    setValues(next);
  };

  async function save(event: Event) {
    event.preventDefault();
    const current = latest.current;
    const fields = {
      title: current.title.trim(),
      markdown: current.markdown,
      ...(current.lang.trim() ? { lang: current.lang.trim() } : {}),
      ...(current.summary.trim() ? { summary: current.summary.trim() } : {}),
      // Kept as they were: the form does not edit them.
      ...(loaded?.tags.length ? { tags: loaded.tags } : {}),
      ...(loaded?.translationOf ? { translationOf: loaded.translationOf } : {}),
      ...(loaded && /^https?:/.test(loaded.url) ? { url: loaded.url } : {}),
    };
    try {
      if (creating) {
        await desk.api.call('POST', articlePath(current.shared ? '_shared' : botId), {
          slug: current.slug,
          ...fields,
        });
      } else {
        await desk.api.call(
          'PUT',
          articlePath(botId, { slug: current.slug, shared: current.shared }),
          fields,
        );
      }
      onDone();
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  const title = creating ? 'New article' : `${canWrite ? 'Edit' : 'View'}: ${values.title}`;
  return (
    <form class="article-editor" onSubmit={save} aria-labelledby="editor-heading">
      <h2 id="editor-heading">{title}</h2>
      <div class="fields">
        <label>
          Title
          <input
            value={values.title}
            maxLength={300}
            readOnly={!canWrite}
            onInput={(event) => change({ title: event.currentTarget.value })}
          />
        </label>
        <label>
          Slug (its file name)
          <input
            value={values.slug}
            readOnly={!creating}
            onInput={(event) => {
              setSlugTouched(true);
              change({ slug: event.currentTarget.value });
            }}
          />
        </label>
        <label>
          Language (two letters, e.g. en)
          <input
            value={values.lang}
            maxLength={2}
            size={4}
            readOnly={!canWrite}
            onInput={(event) => change({ lang: event.currentTarget.value.toLowerCase() })}
          />
        </label>
        {creating && (
          <label class="choice">
            <input
              type="checkbox"
              checked={values.shared}
              onChange={(event) => change({ shared: event.currentTarget.checked })}
            />
            Shared with every bot of the workspace
          </label>
        )}
        <label class="wide">
          Summary (optional)
          <input
            value={values.summary}
            readOnly={!canWrite}
            onInput={(event) => change({ summary: event.currentTarget.value })}
          />
        </label>
      </div>
      <div class="editor-panes">
        <label class="pane">
          Markdown
          <textarea
            rows={16}
            value={values.markdown}
            readOnly={!canWrite}
            onInput={(event) => change({ markdown: event.currentTarget.value })}
          />
        </label>
        <section class="pane markdown-preview" aria-label="Preview">
          <p class="pane-title">Preview</p>
          <Markdown text={values.markdown} />
        </section>
      </div>
      <div class="row">
        {canWrite && <button type="submit">{creating ? 'Create article' : 'Save article'}</button>}
        <button type="button" onClick={onDone}>
          {canWrite ? 'Cancel' : 'Back to the list'}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
