/** Edits a connector in place: its stored values pre-filled, secrets write-only (empty keeps them), Escape cancels. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import {
  type ConnectorDraft,
  connectorPatch,
  draftOf,
  oauthChanged,
  secretNeeded,
  testedOnSave,
} from './connector-draft.js';
import { ConnectorSignIn } from './connector-sign-in.js';
import type { Connector } from './knowledge-api.js';

interface Props {
  connector: Connector;
  /** After a save: what to tell the operator. */
  onSaved(text: string): void;
  onCancel(): void;
}

export function ConnectorEditForm({ connector, onSaved, onCancel }: Props) {
  const desk = useDesk();
  const [draft, setDraft, latest] = useField(() => draftOf(connector));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  const id = (field: string) => `connector-${connector.id}-${field}`;
  const change = (patch: Partial<ConnectorDraft>) => setDraft({ ...latest.current, ...patch });

  useEffect(() => first.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    const current = latest.current;
    if (secretNeeded(connector, current)) {
      // The note under the secret fields says why; focus lands on the first one still empty.
      const empty = [
        ...(formElement.current?.querySelectorAll<HTMLInputElement>('input[required]') ?? []),
      ].find((input) => !input.value);
      empty?.focus();
      const what = current.auth === 'oauth' ? 'the OAuth client ID and secret' : 'the token';
      return setError(`Not saved: enter ${what} first.`);
    }
    const body = connectorPatch(connector, current);
    if (Object.keys(body).length === 0) return onSaved(`${connector.name}: nothing changed.`);
    setBusy(true);
    setError('');
    try {
      await desk.api.call('PATCH', `/v1/connectors/${encodeURIComponent(connector.id)}`, body);
      const name = current.name.trim();
      const signedOut = oauthChanged(connector, current) ? ' Authorize it again to use it.' : '';
      onSaved(`Saved ${name}${testedOnSave(current, body) ? ': its test query answered' : ''}.${signedOut}`);
    } catch (failure) {
      // Typed secrets stay in their fields for the next try; nothing is read back from the server.
      setError(desk.explain(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={formElement}
      // Required secrets are marked for assistive technology; the form explains them itself, not a browser bubble.
      noValidate
      class="fields connector-edit"
      aria-labelledby={id('heading')}
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h3 id={id('heading')}>Edit {connector.name}</h3>
      <label>
        Name
        <input
          ref={first}
          value={draft.name}
          maxLength={100}
          onInput={(event) => change({ name: event.currentTarget.value })}
        />
      </label>
      <label class="wide">
        Address
        <input type="url" value={draft.url} onInput={(event) => change({ url: event.currentTarget.value })} />
      </label>
      <label class="full">
        Description
        <input
          value={draft.description}
          maxLength={2000}
          onInput={(event) => change({ description: event.currentTarget.value })}
        />
      </label>
      <label>
        MCP tool (empty: an HTTP search connector)
        <input value={draft.mcpTool} onInput={(event) => change({ mcpTool: event.currentTarget.value })} />
      </label>
      <label>
        Fields left out of answers (comma-separated)
        <input value={draft.excludes} onInput={(event) => change({ excludes: event.currentTarget.value })} />
      </label>
      <label>
        Timeout (ms)
        <input
          type="number"
          min={500}
          max={20000}
          value={draft.timeout}
          onInput={(event) => change({ timeout: event.currentTarget.value })}
        />
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={draft.active}
          onChange={(event) => change({ active: event.currentTarget.checked })}
        />
        Active
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={draft.continueOnFailure}
          onChange={(event) => change({ continueOnFailure: event.currentTarget.checked })}
        />
        Answer without it when it fails
      </label>
      <ConnectorSignIn connector={connector} draft={draft} onChange={change} />
      <div class="row full">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" class="error full">
          {error}
        </p>
      )}
    </form>
  );
}
