/** Starts an OAuth connector's authorization: the provider's sign-in opens in a new tab, which ends on "authorized". */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from '../desk-context.js';
import type { Connector } from './knowledge-api.js';

interface Props {
  connector: Connector;
  onFailed(text: string): void;
}

export function ConnectorAuthorize({ connector, onFailed }: Props) {
  const desk = useDesk();
  async function authorize() {
    try {
      const answer = await desk.api.call<{ data: { redirect_url: string } }>(
        'POST',
        `/v1/connectors/${encodeURIComponent(connector.id)}/oauth/authorize`,
      );
      window.open(answer.data.redirect_url, '_blank', 'noopener');
    } catch (failure) {
      onFailed(`${connector.name}: ${desk.explain(failure)}`);
    }
  }
  const text = connector.oauth?.authorized ? 'Authorize again' : 'Authorize';
  return (
    <button type="button" aria-label={`${text} ${connector.name}`} onClick={authorize}>
      {text}
    </button>
  );
}
