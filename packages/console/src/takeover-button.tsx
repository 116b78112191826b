/** Take over a conversation (the agent stops answering) or hand it back to the agent. */
import type { ConversationRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';

/** Shows who answers now and the button that switches it. */
export function TakeoverButton({
  conversation,
  onChange,
}: {
  conversation: ConversationRow;
  onChange(): void;
}) {
  const { api, fail } = useDesk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const paused = conversation.paused === true;

  async function toggle() {
    setBusy(true);
    setError('');
    try {
      const action = paused ? 'handback' : 'takeover';
      await api.call('POST', `/v1/conversations/${encodeURIComponent(conversation.id)}/${action}`);
      onChange();
    } catch (failure) {
      setError(fail(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="row takeover">
      <span role="status">
        {paused ? 'Staff have taken over: the agent is paused.' : 'The agent is answering.'}
      </span>
      <button type="button" onClick={toggle} disabled={busy}>
        {paused ? 'Hand back to the agent' : 'Take over'}
      </button>
      {error && <span class="error">{error}</span>}
    </div>
  );
}
