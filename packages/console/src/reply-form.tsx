/** Writes to the requester: the reply is delivered to the channel they wrote from. */
import type { StaffReplyView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';

function deliveryNote(reply: StaffReplyView): string {
  const status = reply.delivery?.status;
  if (status === 'delivered') return 'Reply sent and delivered.';
  if (status === 'waiting')
    return 'Reply saved. The visitor is not on the page now; they see it when they come back.';
  if (status === 'failed')
    return `Reply saved, but delivery failed: ${reply.delivery?.error ?? 'unknown error'}`;
  return 'Reply saved; delivery is pending.';
}

/** How often typing is signalled while staff keep typing. */
const TYPING_EVERY_MS = 3000;

/**
 * A labelled text area and a send button; `path` is the replies endpoint of a ticket or
 * conversation; `typingPath`, when set, hears that staff are typing (the visitor's widget shows it).
 */
export function ReplyForm({
  path,
  typingPath,
  onSent,
}: {
  path: string;
  typingPath?: string;
  onSent(): void;
}) {
  const { api, fail } = useDesk();
  const lastTyping = useRef(0);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState('');

  async function send(event: Event) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    try {
      const { data } = await api.call<{ data: StaffReplyView }>('POST', path, { text });
      setText('');
      setNote(deliveryNote(data));
      onSent();
    } catch (error) {
      setNote(fail(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="reply" onSubmit={send}>
      <label for="reply-text">Reply to the requester</label>
      <textarea
        id="reply-text"
        rows={4}
        value={text}
        maxLength={10_000}
        onInput={(event) => {
          setText(event.currentTarget.value);
          if (typingPath && Date.now() - lastTyping.current > TYPING_EVERY_MS) {
            lastTyping.current = Date.now();
            api.call('POST', typingPath).catch(() => {});
          }
        }}
      />
      <div class="row">
        <button type="submit" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : 'Send reply'}
        </button>
        <span role="status">{note}</span>
      </div>
    </form>
  );
}
