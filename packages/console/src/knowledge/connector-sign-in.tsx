/** The sign-in part of the connector edit form: a token or OAuth client, write-only, and why one must be typed. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { type ConnectorDraft, secretNeeded } from './connector-draft.js';
import type { Connector } from './knowledge-api.js';

interface Props {
  connector: Connector;
  draft: ConnectorDraft;
  onChange(patch: Partial<ConnectorDraft>): void;
}

const TOKEN_TYPES: [string, string][] = [
  ['bearer', 'Bearer token'],
  ['basic', 'Basic (user:password)'],
  ['noscheme', 'Token as the Authorization header'],
];

export function ConnectorSignIn({ connector, draft, onChange }: Props) {
  const id = (field: string) => `connector-${connector.id}-${field}`;
  const needed = secretNeeded(connector, draft);
  // The API can replace a sign-in but not remove one, so "None" is offered only while there is none.
  const choices: [string, string][] = [
    ...(connector.service_auth || connector.oauth ? [] : [['none', 'None'] as [string, string]]),
    ...TOKEN_TYPES,
    ...(connector.oauth ? [['oauth', 'OAuth'] as [string, string]] : []),
  ];
  return (
    <fieldset class="full connector-sign-in">
      <legend>Sign-in</legend>
      <label>
        How it signs in
        <select
          value={draft.auth}
          onChange={(event) => onChange({ auth: event.currentTarget.value as ConnectorDraft['auth'] })}
        >
          {choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {draft.auth !== 'none' && draft.auth !== 'oauth' && (
        <label>
          Token (write-only)
          <input
            type="password"
            autoComplete="new-password"
            value={draft.token}
            aria-describedby={id('secret-note')}
            required={Boolean(needed)}
            onInput={(event) => onChange({ token: event.currentTarget.value })}
          />
        </label>
      )}
      {draft.auth === 'oauth' && (
        <div class="fields full">
          <label>
            Authorize URL
            <input
              type="url"
              value={draft.authorizeUrl}
              onInput={(event) => onChange({ authorizeUrl: event.currentTarget.value })}
            />
          </label>
          <label>
            Token URL
            <input
              type="url"
              value={draft.tokenUrl}
              onInput={(event) => onChange({ tokenUrl: event.currentTarget.value })}
            />
          </label>
          <label>
            Scope
            <input value={draft.scope} onInput={(event) => onChange({ scope: event.currentTarget.value })} />
          </label>
          <label>
            Client ID (write-only)
            <input
              autoComplete="off"
              value={draft.clientId}
              aria-describedby={id('secret-note')}
              required={Boolean(needed)}
              onInput={(event) => onChange({ clientId: event.currentTarget.value })}
            />
          </label>
          <label>
            Client secret (write-only)
            <input
              type="password"
              autoComplete="new-password"
              value={draft.clientSecret}
              aria-describedby={id('secret-note')}
              required={Boolean(needed)}
              onInput={(event) => onChange({ clientSecret: event.currentTarget.value })}
            />
          </label>
        </div>
      )}
      {draft.auth !== 'none' && (
        <p id={id('secret-note')} class={needed ? 'error full' : 'muted full'}>
          {needed ?? keepNote(connector, draft)}
        </p>
      )}
    </fieldset>
  );
}

/** What an empty secret field means when nothing forces it to be typed. */
function keepNote(connector: Connector, draft: ConnectorDraft): string {
  if (draft.auth === 'oauth')
    return 'The client ID and secret are set and never shown. Leave them empty to keep them; new OAuth settings need both again and must be authorized again.';
  if (connector.service_auth)
    return 'A token is set; it is never shown. Leave empty to keep it. A new address needs it again.';
  return 'Stored sealed and never shown again.';
}
