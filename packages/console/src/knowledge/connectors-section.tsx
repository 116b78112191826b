/** The workspace's knowledge connectors (HTTP search and MCP servers): each with a test button; tokens are write-only. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { ConnectorForm } from './connector-form.js';
import { ConnectorRow } from './connector-row.js';
import type { Connector } from './knowledge-api.js';

export function ConnectorsSection({ canWrite }: { canWrite: boolean }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: Connector[] }>('GET', '/v1/connectors'), []);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const connectors = loaded.data?.data ?? [];
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
          <ConnectorRow
            key={connector.id}
            connector={connector}
            canWrite={canWrite}
            onChanged={(text) => {
              setMessage({ error: false, text });
              loaded.reload();
            }}
            onFailed={(text) => setMessage({ error: true, text })}
          />
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
