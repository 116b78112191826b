/** The widget's settings form; every change updates the preview, Save stores them on the bot. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type BotRecord, botPath } from '../bots/bot-types.js';
import { useDesk } from '../desk-context.js';
import type { WidgetDraft } from './widget-snippet.js';

const LANGUAGES: [string, string][] = [
  ['', "The visitor's browser"],
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
];

const lines = (text: string) =>
  text
    .split(/[\n,\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);

export function WidgetForm({
  bot,
  onDraft,
  onSaved,
}: {
  bot: BotRecord;
  onDraft(draft: WidgetDraft): void;
  onSaved(): void;
}) {
  const desk = useDesk();
  const widget = bot.settings.widget;
  const [draft, setDraft] = useState<WidgetDraft>(() => ({
    primaryColor: String(widget.theme.primaryColor ?? '#1f5fd6'),
    position: widget.theme.position === 'left' ? 'left' : 'right',
    mode: widget.theme.mode ?? 'auto',
    title: String(widget.title ?? ''),
    greeting: String(widget.greeting ?? ''),
    locale: '',
  }));
  const [origins, setOrigins] = useState(widget.allowedOrigins.join('\n'));
  const [secret, setSecret] = useState('');
  const [required, setRequired] = useState(Boolean(widget.identity.required));
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  useEffect(() => onDraft(draft), [draft]);
  const change = (patch: Partial<WidgetDraft>) => setDraft({ ...draft, ...patch });
  const secretIsSet = typeof widget.identity.secret === 'string' && widget.identity.secret !== '';

  async function save(event: Event) {
    event.preventDefault();
    const settings = {
      widget: {
        theme: { primaryColor: draft.primaryColor, position: draft.position, mode: draft.mode },
        title: draft.title.trim() || null,
        greeting: draft.greeting.trim() || null,
        allowedOrigins: lines(origins),
        identity: { required, ...(secret ? { secret } : {}) },
      },
    };
    try {
      await desk.api.call('PATCH', botPath(bot.id), { settings });
      setSecret('');
      setMessage({ error: false, text: 'Widget saved.' });
      onSaved();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <form class="fields" onSubmit={save} aria-label="Widget settings">
      <label>
        Colour
        <input
          type="color"
          value={draft.primaryColor}
          onInput={(event) => change({ primaryColor: event.currentTarget.value })}
        />
      </label>
      <label>
        Position
        <select
          value={draft.position}
          onChange={(event) => change({ position: event.currentTarget.value as WidgetDraft['position'] })}
        >
          <option value="right">Bottom right</option>
          <option value="left">Bottom left</option>
        </select>
      </label>
      <label>
        Light or dark
        <select
          value={draft.mode}
          onChange={(event) => change({ mode: event.currentTarget.value as WidgetDraft['mode'] })}
        >
          <option value="auto">Follow the visitor</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        Title
        <input
          value={draft.title}
          maxLength={80}
          onInput={(event) => change({ title: event.currentTarget.value })}
        />
      </label>
      <label>
        Greeting
        <textarea
          rows={2}
          value={draft.greeting}
          maxLength={500}
          onInput={(event) => change({ greeting: event.currentTarget.value })}
        />
      </label>
      <label>
        Language (a snippet option)
        <select value={draft.locale} onChange={(event) => change({ locale: event.currentTarget.value })}>
          {LANGUAGES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Allowed sites, one per line
        <textarea
          rows={3}
          value={origins}
          placeholder="https://www.example.com"
          onInput={(event) => setOrigins(event.currentTarget.value)}
        />
      </label>
      <label>
        Identity secret {secretIsSet ? '(set; type a new one to replace it)' : '(not set)'}
        <input
          type="password"
          autoComplete="new-password"
          value={secret}
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={required}
          onChange={(event) => setRequired(event.currentTarget.checked)}
        />
        Only verified visitors (a valid user hash) may chat
      </label>
      <button type="submit">Save widget</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
