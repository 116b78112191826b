/** One connector: how it signs in (never its secret), Test, Edit, on/off, a new token (write-only), OAuth authorize, delete. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { ConnectorAuthorize } from './connector-authorize.js';
import { ConnectorEditForm } from './connector-edit-form.js';
import type { Connector } from './knowledge-api.js';

interface TestAnswer {
  data: { ok: boolean; elapsed_ms: number; error?: string };
}

interface Props {
  connector: Connector;
  canWrite: boolean;
  onChanged(text: string): void;
  onFailed(text: string): void;
}

/** How a connector signs in, without its secret: the API shows it masked, the console not at all. */
function authText(connector: Connector): string {
  if (connector.service_auth) return `Token set (${connector.service_auth.type})`;
  if (connector.oauth) return connector.oauth.authorized ? 'OAuth, authorized' : 'OAuth, not authorized yet';
  return 'No sign-in';
}

export function ConnectorRow({ connector, canWrite, onChanged, onFailed }: Props) {
  const desk = useDesk();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [token, setToken] = useState<string>();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const edited = useRef(false);
  const path = `/v1/connectors/${encodeURIComponent(connector.id)}`;

  useEffect(() => {
    // Focus goes back to Edit when the form closes, whether saved, cancelled or escaped.
    if (!editing && edited.current) editButton.current?.focus();
    edited.current = editing;
  }, [editing]);

  async function test() {
    setResult({ ok: true, text: 'Testing…' });
    try {
      const {
        ok,
        elapsed_ms: elapsed,
        error,
      } = (await desk.api.call<TestAnswer>('POST', `${path}/test`)).data;
      setResult({ ok, text: ok ? `Works: answered in ${elapsed} ms.` : `Failed: ${error ?? 'no answer'}` });
    } catch (failure) {
      setResult({ ok: false, text: `Failed: ${desk.explain(failure)}` });
    }
  }

  async function change(body: Record<string, unknown>, done: string) {
    try {
      await desk.api.call('PATCH', path, body);
      setToken(undefined);
      onChanged(done);
    } catch (failure) {
      onFailed(`${connector.name}: ${desk.explain(failure)}`);
    }
  }

  const type = connector.service_auth?.type ?? 'bearer';
  if (editing)
    return (
      <li class="connector">
        <ConnectorEditForm
          connector={connector}
          onSaved={(text) => {
            setEditing(false);
            setToken(undefined);
            onChanged(text);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li class="connector">
      <div>
        <strong>{connector.name}</strong>{' '}
        <span class="muted">{connector.mcp_tool ? `MCP tool ${connector.mcp_tool}` : 'HTTP search'}</span>
        <div class="muted">
          {connector.url} · {authText(connector)} · {connector.active ? 'Active' : 'Off'} · timeout{' '}
          {connector.timeout_ms} ms
        </div>
        {result && (
          <p role="status" class={result.ok ? 'state-on' : 'error'}>
            {result.text}
          </p>
        )}
        {token !== undefined && (
          <form
            class="row"
            onSubmit={(event) => {
              event.preventDefault();
              change({ service_auth: { type, token } }, `${connector.name}: new token saved and tested.`);
            }}
          >
            <label>
              New token for {connector.name} (write-only)
              <input
                type="password"
                autoComplete="off"
                value={token}
                onInput={(event) => setToken(event.currentTarget.value)}
              />
            </label>
            <button type="submit">Test and save token</button>
            <button type="button" onClick={() => setToken(undefined)}>
              Cancel
            </button>
          </form>
        )}
      </div>
      {canWrite && (
        <div class="actions">
          <button type="button" aria-label={`Test ${connector.name}`} onClick={test}>
            Test
          </button>
          <button
            ref={editButton}
            type="button"
            aria-label={`Edit ${connector.name}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            aria-label={`${connector.active ? 'Turn off' : 'Turn on'} ${connector.name}`}
            onClick={() =>
              change(
                { active: !connector.active },
                `${connector.name} is ${connector.active ? 'off' : 'on'}.`,
              )
            }
          >
            {connector.active ? 'Turn off' : 'Turn on'}
          </button>
          {connector.oauth ? (
            <ConnectorAuthorize connector={connector} onFailed={onFailed} />
          ) : (
            <button type="button" aria-label={`New token for ${connector.name}`} onClick={() => setToken('')}>
              New token
            </button>
          )}
          <button
            type="button"
            class="danger"
            aria-label={`Delete connector ${connector.name}`}
            onClick={async () => {
              try {
                await desk.api.call('DELETE', path);
                onChanged(`Deleted ${connector.name}.`);
              } catch (failure) {
                onFailed(desk.explain(failure));
              }
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
