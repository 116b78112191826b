/**
 * A conversation's timeline: who wrote what and when (markdown, rendered safely), with the agent's
 * sources as safe links, and staff's internal notes in between, marked as such.
 */
import type { MessageView, NoteView, Source } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { formatDate, roleName } from './format.js';
import { Markdown } from './markdown.js';
import { MessageFiles, splitFiles } from './message-files.js';
import { safeUrl } from './safe-url.js';

function SourceItem({ source }: { source: Source }) {
  const href = safeUrl(source.url);
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow">
          {source.name}
        </a>
      ) : (
        source.name
      )}
    </li>
  );
}

/** A note: plain text, never markdown or links, and labelled as staff-only. */
function NoteItem({ note }: { note: NoteView }) {
  return (
    <li class="message note">
      <p class="message-meta">
        <strong>Internal note</strong> · {note.authorName}{' '}
        <time dateTime={note.createdDate}>{formatDate(note.createdDate)}</time>
      </p>
      <p class="note-text">{note.text}</p>
    </li>
  );
}

/** The timeline, oldest first; empty conversations say so. */
export function Transcript({ messages, notes = [] }: { messages: MessageView[]; notes?: NoteView[] }) {
  if (messages.length === 0 && notes.length === 0) return <p class="muted">No messages yet.</p>;
  const items = [
    ...messages.map((message) => ({ at: message.createdDate, message })),
    ...notes.map((note) => ({ at: note.createdDate, note })),
  ].sort((left, right) => (left.at < right.at ? -1 : left.at > right.at ? 1 : 0));
  return (
    <ol class="transcript" aria-label="Transcript">
      {items.map((item) => {
        if ('note' in item) return <NoteItem key={item.note.id} note={item.note} />;
        const { message } = item;
        const { text, files } = splitFiles(message.text);
        return (
          <li key={message.id} class={`message role-${message.role}`}>
            <p class="message-meta">
              <strong>{roleName(message.role)}</strong>{' '}
              <time dateTime={message.createdDate}>{formatDate(message.createdDate)}</time>
            </p>
            <div class="message-text">
              <Markdown text={text} />
            </div>
            {files.length > 0 && <MessageFiles files={files} />}
            {message.sources.length > 0 && (
              <div class="sources">
                <span>Sources:</span>
                <ul>
                  {message.sources.map((source, index) => (
                    <SourceItem key={index} source={source} />
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
