/** Canned replies for staff: the workspace's saved answers (title, `/shortcut`, body, optional language), added, changed and deleted here. */
import type { CannedReplyView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { forgetCannedReplies } from '../canned-replies.js';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';

const PATH = '/v1/desk/canned-replies';
const BLANK = { title: '', shortcut: '', body: '', language: '' };

export function CannedRepliesScreen() {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: CannedReplyView[] }>('GET', PATH), []);
  const replies = loaded.data?.data ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState(BLANK);
  const [note, setNote] = useState('');
  const field = (name: keyof typeof BLANK) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  function changed(message: string) {
    forgetCannedReplies(desk.api);
    setNote(message);
    loaded.reload();
  }

  async function save(event: Event) {
    event.preventDefault();
    const body = { ...form, language: form.language.trim() || null };
    try {
      if (editing) await desk.api.call('PATCH', `${PATH}/${encodeURIComponent(editing)}`, body);
      else await desk.api.call('POST', PATH, body);
      changed(editing ? `Saved /${form.shortcut}.` : `Added /${form.shortcut}.`);
      setEditing(null);
      setForm(BLANK);
    } catch (error) {
      setNote(desk.explain(error));
    }
  }

  async function remove(reply: CannedReplyView) {
    try {
      await desk.api.call('DELETE', `${PATH}/${encodeURIComponent(reply.id)}`);
      changed(`Deleted /${reply.shortcut}.`);
    } catch (error) {
      setNote(desk.explain(error));
    }
  }

  return (
    <section aria-labelledby="canned-heading">
      <h1 id="canned-heading">Canned replies</h1>
      <p class="muted">
        Saved answers for staff. In a reply box, type <kbd>/</kbd> and the shortcut, then Tab, or pick one
        from “Insert a canned reply”. (The bot’s own hand-over texts are set per bot.)
      </p>
      <form class="canned-form" onSubmit={save} aria-labelledby="canned-form-heading">
        <h2 id="canned-form-heading">{editing ? 'Change the canned reply' : 'Add a canned reply'}</h2>
        <label>
          Title
          <input type="text" required maxLength={120} value={form.title} onInput={field('title')} />
        </label>
        <label>
          Shortcut (letters, digits, - and _)
          <input
            type="text"
            required
            maxLength={40}
            pattern="[\p{L}\p{N}_\-]+"
            value={form.shortcut}
            onInput={field('shortcut')}
          />
        </label>
        <label>
          Text
          <textarea required rows={4} maxLength={10_000} value={form.body} onInput={field('body')} />
        </label>
        <label>
          Language (optional, e.g. en or de-CH)
          <input type="text" maxLength={20} value={form.language} onInput={field('language')} />
        </label>
        <div class="row">
          <button type="submit">{editing ? 'Save changes' : 'Add canned reply'}</button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setForm(BLANK);
              }}
            >
              Cancel
            </button>
          )}
          <span role="status">{note}</span>
        </div>
      </form>
      <h2>Saved replies</h2>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && replies.length === 0 && <p class="muted">No canned replies yet.</p>}
      <ul class="canned-list" aria-label="Canned replies">
        {replies.map((reply) => (
          <li key={reply.id}>
            <strong>{reply.title}</strong> <code>/{reply.shortcut}</code>
            {reply.language && <span class="muted"> · {reply.language}</span>}
            <pre>{reply.body}</pre>
            <div class="row">
              <button
                type="button"
                aria-label={`Edit /${reply.shortcut}`}
                onClick={() => {
                  setEditing(reply.id);
                  setForm({
                    title: reply.title,
                    shortcut: reply.shortcut,
                    body: reply.body,
                    language: reply.language ?? '',
                  });
                }}
              >
                Edit
              </button>
              <button type="button" aria-label={`Delete /${reply.shortcut}`} onClick={() => remove(reply)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
