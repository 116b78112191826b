/** Knowledge: a bot's articles (edit, upload), its imported websites and MCP sources, and the workspace's connectors. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { BotRecord } from '../bots/bot-types.js';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { ArticleEditor, type Editing } from './article-editor.js';
import { ArticleList } from './article-list.js';
import { ArticleUpload } from './article-upload.js';
import { ConnectorsSection } from './connectors-section.js';
import { addStyle } from './knowledge-style.js';
import { SourcesSection } from './sources-section.js';

addStyle();

/** Only bots whose agent reads a knowledge folder have articles. */
const hasFolder = (bot: BotRecord) => bot.agent.kind !== 'remote' && Boolean(bot.agent.knowledgeDir);

export function KnowledgeScreen({ id }: { id?: string }) {
  const desk = useDesk();
  const bots = useLoad(() => desk.api.call<{ data: BotRecord[] }>('GET', '/v1/bots'), []);
  const [editing, setEditing] = useState<Editing>();
  const [round, setRound] = useState(0);
  const withFolders = (bots.data?.data ?? []).filter(hasFolder);
  const bot = withFolders.find((each) => each.id === id) ?? (id ? undefined : withFolders[0]);
  const canWrite = desk.can('bots:write');
  const changed = () => setRound((value) => value + 1);

  return (
    <section aria-labelledby="knowledge-heading" class="knowledge">
      <h1 id="knowledge-heading">Knowledge</h1>
      {bots.error && (
        <p role="alert" class="error">
          {bots.error}
        </p>
      )}
      <div class="row">
        <label for="knowledge-bot">Bot</label>
        <select
          id="knowledge-bot"
          value={bot?.id ?? ''}
          onChange={(event) => {
            setEditing(undefined);
            location.hash = `#/knowledge/${encodeURIComponent(event.currentTarget.value)}`;
          }}
        >
          {!bot && <option value="">Choose a bot</option>}
          {withFolders.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name} ({each.id})
            </option>
          ))}
        </select>
        {!canWrite && <p class="muted">Read only: your role may not change knowledge.</p>}
      </div>
      {!bots.loading && !bot && (
        <p class="muted">
          {id
            ? `Bot ${id} has no knowledge folder (or does not exist).`
            : 'No bot answers from articles yet.'}
        </p>
      )}
      {bot && (
        <div key={bot.id}>
          {editing ? (
            <ArticleEditor
              botId={bot.id}
              editing={editing}
              canWrite={canWrite}
              onDone={() => {
                setEditing(undefined);
                changed();
              }}
            />
          ) : (
            <ArticleList
              botId={bot.id}
              round={round}
              canWrite={canWrite}
              onEdit={setEditing}
              onChanged={changed}
            />
          )}
          {canWrite && !editing && <ArticleUpload botId={bot.id} onUploaded={changed} />}
          <SourcesSection botId={bot.id} canWrite={canWrite} onSynced={changed} />
        </div>
      )}
      {desk.can('connectors:read') && <ConnectorsSection canWrite={desk.can('connectors:write')} />}
    </section>
  );
}
