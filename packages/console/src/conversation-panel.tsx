/** A conversation at work: take over / hand back, reply or write an internal note, and the live timeline; read-only without the write permission. */
import type { ConversationRow, MessageView, NoteView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from './desk-context.js';
import { ReplyForm } from './reply-form.js';
import { RequesterDetails } from './requester-details.js';
import { TakeoverButton } from './takeover-button.js';
import { Transcript } from './transcript.js';
import { useLoad } from './use-load.js';

/**
 * `replyPath`: the ticket's replies endpoint when working a ticket, else the conversation's.
 * `titled`: the page heading already names the conversation, so its "Conversation" subheading is for screen readers only.
 */
export function ConversationPanel({
  conversationId,
  replyPath,
  titled = false,
}: {
  conversationId: string;
  replyPath?: string;
  titled?: boolean;
}) {
  const desk = useDesk();
  const path = `/v1/conversations/${encodeURIComponent(conversationId)}`;
  const live = desk.conversations[conversationId] ?? 0;
  const loaded = useLoad(async () => {
    const [conversation, transcript, notes] = await Promise.all([
      desk.api.call<{ data: ConversationRow }>('GET', path),
      desk.api.call<{ data: MessageView[] }>('GET', `${path}/transcript`),
      // Notes are extra: a failure to read them leaves the conversation readable.
      desk.api.call<{ data: NoteView[] }>('GET', `${path}/notes`).catch(() => ({ data: [] })),
    ]);
    // Staff have seen it: the visitor's widget shows their messages as read.
    desk.api.call('POST', `${path}/read`).catch(() => {});
    return { conversation: conversation.data, messages: transcript.data, notes: notes.data };
  }, [path, live]);

  // Hidden, not refused after the fact: a read-only role sees the timeline without the compose box.
  const canReply = desk.can(replyPath ? 'tickets:write' : 'conversations:write');
  if (!loaded.data) {
    return <p role={loaded.error ? 'alert' : 'status'}>{loaded.error ?? 'Loading the conversation…'}</p>;
  }
  return (
    <section class="conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" class={titled ? 'visually-hidden' : undefined}>
        Conversation
      </h2>
      <RequesterDetails conversation={loaded.data.conversation} />
      {desk.can('conversations:write') && (
        <TakeoverButton conversation={loaded.data.conversation} onChange={loaded.reload} />
      )}
      <Transcript messages={loaded.data.messages} notes={loaded.data.notes} />
      {!canReply && <p class="muted">Read-only: your role may read this conversation, not reply to it.</p>}
      {canReply && (
        <ReplyForm
          path={replyPath ?? `${path}/replies`}
          notePath={`${path}/notes`}
          typingPath={`${path}/typing`}
          onSent={loaded.reload}
        />
      )}
    </section>
  );
}
