/** Imports a website (a page and its links, or a sitemap) or an MCP connector's resources into a bot's articles. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';
import { type Connector, knowledgePath } from './knowledge-api.js';

/** Sync intervals offered, in minutes ("": on demand only). */
export const SCHEDULES: [string, string][] = [
  ['', 'On demand only'],
  ['60', 'Every hour'],
  ['1440', 'Every day'],
  ['10080', 'Every week'],
];

interface ImportAnswer {
  data: { imported: string[]; skipped: unknown[] };
}

export function SourceImport({ botId, onImported }: { botId: string; onImported(text: string): void }) {
  const desk = useDesk();
  const [form, setForm, latest] = useField(() => ({
    url: '',
    sitemap: false,
    maxPages: '50',
    every: '',
    connectorId: '',
  }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const connectors = useLoad(
    () =>
      desk.can('connectors:read')
        ? desk.api.call<{ data: Connector[] }>('GET', '/v1/connectors')
        : Promise.resolve({ data: [] }),
    [],
  );
  const mcp = (connectors.data?.data ?? []).filter((each) => each.mcp_tool);
  const change = (patch: Partial<typeof form>) => setForm({ ...latest.current, ...patch });
  const syncEveryMinutes = () => (latest.current.every ? Number(latest.current.every) : null);

  async function run(kind: 'website' | 'mcp', event: Event) {
    event.preventDefault();
    const current = latest.current;
    setBusy(true);
    setError('');
    try {
      const answer =
        kind === 'website'
          ? await desk.api.call<ImportAnswer>('POST', knowledgePath(botId, '/imports'), {
              url: current.url.trim(),
              sitemap: current.sitemap,
              maxPages: Number(current.maxPages),
              syncEveryMinutes: syncEveryMinutes(),
            })
          : await desk.api.call<ImportAnswer>('POST', knowledgePath(botId, '/mcp-imports'), {
              connectorId: current.connectorId,
              syncEveryMinutes: syncEveryMinutes(),
            });
      const what = kind === 'website' ? current.url.trim() : 'the MCP resources';
      onImported(
        `Imported ${what}: ${answer.data.imported.length} pages, ${answer.data.skipped.length} skipped.`,
      );
      if (kind === 'website') change({ url: '' });
    } catch (failure) {
      setError(desk.explain(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <form class="fields" onSubmit={(event) => run('website', event)} aria-labelledby="import-heading">
        <h3 id="import-heading">Import a website</h3>
        <label>
          Website address
          <input
            type="url"
            value={form.url}
            placeholder="https://help.example.com"
            onInput={(event) => change({ url: event.currentTarget.value })}
          />
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={form.sitemap}
            onChange={(event) => change({ sitemap: event.currentTarget.checked })}
          />
          It is a sitemap
        </label>
        <label>
          Pages at most
          <input
            type="number"
            min={1}
            max={200}
            value={form.maxPages}
            onInput={(event) => change({ maxPages: event.currentTarget.value })}
          />
        </label>
        <div class="field">
          <label for="import-every">Sync schedule</label>
          <select
            id="import-every"
            value={form.every}
            onChange={(event) => change({ every: event.currentTarget.value })}
          >
            {SCHEDULES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import website'}
        </button>
      </form>
      {mcp.length > 0 && (
        <form class="fields" onSubmit={(event) => run('mcp', event)} aria-labelledby="mcp-import-heading">
          <h3 id="mcp-import-heading">Import an MCP server's resources</h3>
          <label>
            MCP connector
            <select
              value={form.connectorId}
              onChange={(event) => change({ connectorId: event.currentTarget.value })}
            >
              <option value="">Choose…</option>
              {mcp.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy || !form.connectorId}>
            Import resources
          </button>
        </form>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
