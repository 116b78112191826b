/** A bot's widget: colour, position, texts, language, allowed sites and identity secret, with a live preview and the snippet. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { BotRecord } from '../bots/bot-types.js';
import { useDesk } from '../desk-context.js';
import { CopyButton } from '../team/copy-button.js';
import { useLoad } from '../use-load.js';
import { WidgetForm } from './widget-form.js';
import { embedSnippet, previewHref, type WidgetDraft } from './widget-snippet.js';

function BotPicker({ bots, current }: { bots: BotRecord[]; current?: string | undefined }) {
  return (
    <label>
      Bot
      <select
        value={current ?? ''}
        onChange={(event) => {
          location.hash = `#/widget/${encodeURIComponent(event.currentTarget.value)}`;
        }}
      >
        {!current && <option value="">Choose a bot</option>}
        {bots.map((bot) => (
          <option key={bot.id} value={bot.id}>
            {bot.name} ({bot.id})
          </option>
        ))}
      </select>
    </label>
  );
}

function Preview({ bot, draft }: { bot: BotRecord; draft: WidgetDraft }) {
  const snippet = embedSnippet(location.origin, bot.id, draft.locale);
  return (
    <div class="widget-preview">
      <h2 id="preview-heading">Preview</h2>
      {/* Inert: the previewed widget opens itself and must not take the focus from the form. */}
      <iframe
        title={`Preview of ${bot.name}'s widget`}
        src={previewHref(bot.id, draft)}
        class="preview-frame"
        inert
      />
      <h2 id="snippet-heading">Embed snippet</h2>
      <p class="muted">Paste it before &lt;/body&gt; on each page of an allowed site.</p>
      <pre>
        <code>{snippet}</code>
      </pre>
      <CopyButton text={snippet} label="Copy snippet" />
    </div>
  );
}

export function WidgetScreen({ id }: { id?: string | undefined }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: BotRecord[] }>('GET', '/v1/bots'), []);
  const bots = loaded.data?.data ?? [];
  const bot = bots.find((each) => each.id === (id ?? bots[0]?.id));
  const [draft, setDraft] = useState<WidgetDraft>();
  const shown = draft && bot ? draft : undefined;
  return (
    <section aria-labelledby="widget-heading">
      <h1 id="widget-heading">Widget</h1>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      <BotPicker bots={bots} current={bot?.id} />
      {bot && (
        <div class="widget-layout">
          <WidgetForm key={bot.id} bot={bot} onDraft={setDraft} onSaved={loaded.reload} />
          {shown && <Preview bot={bot} draft={shown} />}
        </div>
      )}
    </section>
  );
}
