/**
 * Writes to the requester (the reply is delivered to the channel they wrote from) or, as an
 * internal note, to staff only. `/shortcut` or the picker inserts a canned reply.
 */
import type { CannedReplyView, StaffReplyView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { matchingReplies, slashWord, useCannedReplies } from './canned-replies.js';
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

export type ComposeMode = 'reply' | 'note';

/**
 * `path` is the replies endpoint of a ticket or conversation, `notePath` its notes endpoint;
 * `typingPath`, when set, hears that staff are typing a reply (the visitor's widget shows it).
 */
export function ReplyForm({
  path,
  notePath,
  typingPath,
  onSent,
}: {
  path: string;
  notePath?: string;
  typingPath?: string;
  onSent(): void;
}) {
  const { api, fail } = useDesk();
  const lastTyping = useRef(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<ComposeMode>('reply');
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState('');
  const replies = useCannedReplies();
  const typed = slashWord(text, caret);
  const suggestions = typed ? matchingReplies(replies, typed.word) : [];
  const noting = mode === 'note' && Boolean(notePath);
  const switched = useRef(false);
  // With the render, not after it: the box has the focus as soon as its new label shows.
  useLayoutEffect(() => {
    if (switched.current) box.current?.focus();
    switched.current = true;
  }, [mode]);

  /** Puts a canned reply's body in place of the `/word` being typed, or at the caret. */
  function insert(reply: CannedReplyView) {
    const start = typed ? typed.start : caret;
    const next = `${text.slice(0, start)}${reply.body}${text.slice(caret)}`;
    const at = start + reply.body.length;
    setText(next);
    setCaret(at);
    requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(at, at);
    });
  }

  async function send(event: Event) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    try {
      if (noting && notePath) {
        await api.call('POST', notePath, { text });
        setNote('Note added. Only staff see it.');
      } else {
        const { data } = await api.call<{ data: StaffReplyView }>('POST', path, { text });
        setNote(deliveryNote(data));
      }
      setText('');
      setCaret(0);
      onSent();
    } catch (error) {
      setNote(fail(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form class={`reply${noting ? ' composing-note' : ''}`} onSubmit={send}>
      {notePath && (
        <fieldset class="compose-modes">
          <legend class="visually-hidden">Write</legend>
          <button id="compose-reply" type="button" aria-pressed={!noting} onClick={() => setMode('reply')}>
            Reply
          </button>
          <button id="compose-note" type="button" aria-pressed={noting} onClick={() => setMode('note')}>
            Internal note
          </button>
        </fieldset>
      )}
      <label for="reply-text">
        {noting ? 'Internal note (only staff see it)' : 'Reply to the requester'}
      </label>
      <textarea
        id="reply-text"
        ref={box}
        rows={4}
        value={text}
        maxLength={10_000}
        aria-describedby="reply-hint"
        onKeyDown={(event) => {
          if (event.key === 'Tab' && !event.shiftKey && suggestions[0]) {
            event.preventDefault();
            insert(suggestions[0]);
          }
        }}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);
          // A note is private: the visitor never hears that staff are writing one.
          if (!noting && typingPath && Date.now() - lastTyping.current > TYPING_EVERY_MS) {
            lastTyping.current = Date.now();
            api.call('POST', typingPath).catch(() => {});
          }
        }}
      />
      <p id="reply-hint" class="muted hint">
        {replies.length > 0 ? 'Type / and a shortcut, then Tab, to insert a canned reply.' : ''}
      </p>
      {suggestions.length > 0 && (
        <ul class="canned-suggestions" aria-label="Matching canned replies">
          {suggestions.map((reply) => (
            <li key={reply.id}>
              <button type="button" onClick={() => insert(reply)}>
                /{reply.shortcut} · {reply.title}
                {reply.language ? ` (${reply.language})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="submit" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : noting ? 'Add note' : 'Send reply'}
        </button>
        {replies.length > 0 && (
          <label>
            <span class="visually-hidden">Insert a canned reply</span>
            <select
              value=""
              onChange={(event) => {
                const picked = replies.find((reply) => reply.id === event.currentTarget.value);
                if (picked) insert(picked);
              }}
            >
              <option value="">Insert a canned reply…</option>
              {replies.map((reply) => (
                <option key={reply.id} value={reply.id}>
                  {reply.title}
                  {reply.language ? ` (${reply.language})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <span role="status">{note}</span>
      </div>
    </form>
  );
}
