/** Adds a connector: the server sends it a test query before storing it; the token is sent once and never shown again. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';

const EMPTY = { name: '', url: '', mcpTool: '', authType: 'none', token: '', timeout: '5000' };

export function ConnectorForm({ onSaved }: { onSaved(name: string): void }) {
  const desk = useDesk();
  const [form, setForm, latest] = useField(() => EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const change = (patch: Partial<typeof EMPTY>) => setForm({ ...latest.current, ...patch });

  async function save(event: Event) {
    event.preventDefault();
    const current = latest.current;
    setBusy(true);
    setError('');
    try {
      await desk.api.call('POST', '/v1/connectors', {
        name: current.name.trim(),
        url: current.url.trim(),
        timeout_ms: Number(current.timeout),
        ...(current.mcpTool.trim() ? { mcp_tool: current.mcpTool.trim() } : {}),
        ...(current.authType !== 'none'
          ? { service_auth: { type: current.authType, token: current.token } }
          : {}),
      });
      setForm(EMPTY);
      onSaved(current.name.trim());
    } catch (failure) {
      // The token stays in the field only until the next try; it is never read back from the server.
      setError(desk.explain(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="fields" onSubmit={save} aria-labelledby="connector-new-heading">
      <h3 id="connector-new-heading">Add a connector</h3>
      <label>
        Connector name
        <input
          value={form.name}
          maxLength={100}
          onInput={(event) => change({ name: event.currentTarget.value })}
        />
      </label>
      <label>
        Connector address
        <input type="url" value={form.url} onInput={(event) => change({ url: event.currentTarget.value })} />
      </label>
      <label>
        MCP tool (empty: an HTTP search connector)
        <input value={form.mcpTool} onInput={(event) => change({ mcpTool: event.currentTarget.value })} />
      </label>
      <div class="field">
        <label for="connector-auth">Connector sign-in</label>
        <select
          id="connector-auth"
          value={form.authType}
          onChange={(event) => change({ authType: event.currentTarget.value })}
        >
          <option value="none">None</option>
          <option value="bearer">Bearer token</option>
          <option value="basic">Basic (user:password)</option>
          <option value="noscheme">Token as the Authorization header</option>
        </select>
      </div>
      {form.authType !== 'none' && (
        <label>
          Connector token (write-only)
          <input
            type="password"
            autoComplete="off"
            value={form.token}
            onInput={(event) => change({ token: event.currentTarget.value })}
          />
        </label>
      )}
      <label>
        Timeout (ms)
        <input
          type="number"
          min={500}
          max={20000}
          value={form.timeout}
          onInput={(event) => change({ timeout: event.currentTarget.value })}
        />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Testing…' : 'Test and add connector'}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
