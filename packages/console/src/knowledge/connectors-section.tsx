/** The workspace's knowledge connectors (HTTP search and MCP servers): each with a test button; tokens are write-only. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { ConnectorForm } from './connector-form.js';
import type { Connector } from './knowledge-api.js';

interface TestAnswer {
  data: { ok: boolean; elapsed_ms: number; error?: string };
}

/** How a connector signs in, without its secret: the API shows it masked, the console not at all. */
function authText(connector: Connector): string {
  if (connector.service_auth) return `Token set (${connector.service_auth.type})`;
  if (connector.oauth) return connector.oauth.authorized ? 'OAuth, authorized' : 'OAuth, not authorized yet';
  return 'No sign-in';
}

export function ConnectorsSection({ canWrite }: { canWrite: boolean }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: Connector[] }>('GET', '/v1/connectors'), []);
  const [results, setResults] = useState<Record<string, { ok: boolean; text: string }>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const connectors = loaded.data?.data ?? [];
  const setResult = (id: string, ok: boolean, text: string) =>
    setResults((current) => ({ ...current, [id]: { ok, text } }));

  async function test(connector: Connector) {
    setResult(connector.id, true, 'Testing…');
    try {
      const answer = await desk.api.call<TestAnswer>(
        'POST',
        `/v1/connectors/${encodeURIComponent(connector.id)}/test`,
      );
      const { ok, elapsed_ms: elapsed, error } = answer.data;
      setResult(
        connector.id,
        ok,
        ok ? `Works: answered in ${elapsed} ms.` : `Failed: ${error ?? 'no answer'}`,
      );
    } catch (failure) {
      setResult(connector.id, false, `Failed: ${desk.explain(failure)}`);
    }
  }

  async function remove(connector: Connector) {
    try {
      await desk.api.call('DELETE', `/v1/connectors/${encodeURIComponent(connector.id)}`);
      setMessage({ error: false, text: `Deleted ${connector.name}.` });
      loaded.reload();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <section aria-labelledby="connectors-heading">
      <h2 id="connectors-heading">Connectors</h2>
      <p class="muted">
        Search services and MCP servers the OpenAI-compatible agents ask at answer time (shared by the
        workspace's bots).
      </p>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {!loaded.loading && connectors.length === 0 && <p class="muted">No connectors yet.</p>}
      <ul class="connectors" aria-label="Connectors">
        {connectors.map((connector) => (
          <li key={connector.id} class="connector">
            <div>
              <strong>{connector.name}</strong>{' '}
              <span class="muted">
                {connector.mcp_tool ? `MCP tool ${connector.mcp_tool}` : 'HTTP search'}
              </span>
              <div class="muted">
                {connector.url} · {authText(connector)} · {connector.active ? 'Active' : 'Off'} · timeout{' '}
                {connector.timeout_ms} ms
              </div>
              {results[connector.id] && (
                <p role="status" class={results[connector.id]!.ok ? 'state-on' : 'error'}>
                  {results[connector.id]!.text}
                </p>
              )}
            </div>
            <div class="actions">
              {canWrite && (
                <button type="button" aria-label={`Test ${connector.name}`} onClick={() => test(connector)}>
                  Test
                </button>
              )}
              {canWrite && (
                <button
                  type="button"
                  class="danger"
                  aria-label={`Delete connector ${connector.name}`}
                  onClick={() => remove(connector)}
                >
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      {canWrite && (
        <ConnectorForm
          onSaved={(name) => {
            setMessage({ error: false, text: `Added ${name}: its test query answered.` });
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}
