/** Imported websites and MCP sources of a bot: their sync status (last sync, pages, errors, next run), sync now, remove. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { knowledgePath, type Source, when } from './knowledge-api.js';
import { SCHEDULES, SourceImport } from './source-import.js';

interface Props {
  botId: string;
  canWrite: boolean;
  onSynced(): void;
}

interface SyncAnswer {
  data: { imported: string[]; removed: string[]; skipped: unknown[] };
}

const every = (minutes: number | null) =>
  minutes === null
    ? 'On demand'
    : minutes % 1440 === 0
      ? `Every ${minutes / 1440} d`
      : minutes % 60 === 0
        ? `Every ${minutes / 60} h`
        : `Every ${minutes} min`;

function LastSyncCell({ source }: { source: Source }) {
  const last = source.lastSync;
  if (!last) return <span class="muted">Never</span>;
  return (
    <div>
      <span class={last.status === 'ok' ? 'state-on' : 'error'}>
        {last.status === 'ok' ? 'OK' : 'Failed'}
      </span>{' '}
      {when(last.finishedAt)}
      <div class="muted">
        {last.imported} pages imported, {last.removed} removed, {last.skipped} skipped
      </div>
      {last.error && <div class="error">{last.error}</div>}
    </div>
  );
}

export function SourcesSection({ botId, canWrite, onSynced }: Props) {
  const desk = useDesk();
  const loaded = useLoad(
    () => desk.api.call<{ data: Source[] }>('GET', knowledgePath(botId, '/sources')),
    [botId],
  );
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const sources = loaded.data?.data ?? [];

  async function reschedule(source: Source, every: string) {
    try {
      await desk.api.call('PATCH', knowledgePath(botId, `/sources/${source.id}`), {
        syncEveryMinutes: every ? Number(every) : null,
      });
      setMessage({
        error: false,
        text: `${source.url}: ${SCHEDULES.find(([value]) => value === every)?.[1]}.`,
      });
    } catch (failure) {
      setMessage({ error: true, text: `${source.url}: ${desk.explain(failure)}` });
    }
    loaded.reload();
  }

  async function act(source: Source, action: 'sync' | 'remove') {
    setBusy(source.id);
    try {
      if (action === 'sync') {
        const answer = await desk.api.call<SyncAnswer>(
          'POST',
          knowledgePath(botId, `/sources/${source.id}/sync`),
        );
        const { imported, removed, skipped } = answer.data;
        setMessage({
          error: false,
          text: `Synced ${source.url}: ${imported.length} imported, ${removed.length} removed, ${skipped.length} skipped.`,
        });
        onSynced();
      } else {
        await desk.api.call('DELETE', knowledgePath(botId, `/sources/${source.id}`));
        setMessage({ error: false, text: `Removed ${source.url}; its articles stay until deleted.` });
      }
    } catch (failure) {
      setMessage({ error: true, text: `${source.url}: ${desk.explain(failure)}` });
    } finally {
      setBusy(undefined);
      loaded.reload();
    }
  }

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Websites and MCP sources</h2>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {!loaded.loading && sources.length === 0 && <p class="muted">No imported sources yet.</p>}
      {sources.length > 0 && (
        <div class="table-scroll">
          <table class="stacked">
            <caption class="visually-hidden">Imported sources and their sync status</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Last sync</th>
                <th scope="col">Next run</th>
                {canWrite && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <td>
                    {source.url}
                    <div class="muted">
                      {source.kind === 'mcp' ? 'MCP resources' : source.sitemap ? 'Sitemap' : 'Website'}, up
                      to {source.maxPages} {source.kind === 'mcp' ? 'resources' : 'pages'}
                    </div>
                  </td>
                  <td>
                    <LastSyncCell source={source} />
                  </td>
                  <td>
                    <div>{source.nextSyncAt ? when(source.nextSyncAt) : '—'}</div>
                    {canWrite ? (
                      <select
                        aria-label={`Sync schedule of ${source.url}`}
                        value={String(source.syncEveryMinutes ?? '')}
                        onChange={(event) => reschedule(source, event.currentTarget.value)}
                      >
                        {!SCHEDULES.some(([value]) => value === String(source.syncEveryMinutes ?? '')) && (
                          <option value={String(source.syncEveryMinutes)}>
                            {every(source.syncEveryMinutes)}
                          </option>
                        )}
                        {SCHEDULES.map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <div class="muted">{every(source.syncEveryMinutes)}</div>
                    )}
                  </td>
                  {canWrite && (
                    <td class="actions">
                      <button
                        type="button"
                        disabled={busy === source.id}
                        aria-label={`Sync now: ${source.url}`}
                        onClick={() => act(source, 'sync')}
                      >
                        {busy === source.id ? 'Syncing…' : 'Sync now'}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        aria-label={`Remove: ${source.url}`}
                        onClick={() => act(source, 'remove')}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      {canWrite && (
        <SourceImport
          botId={botId}
          onImported={(text) => {
            setMessage({ error: false, text });
            loaded.reload();
            onSynced();
          }}
        />
      )}
    </section>
  );
}
