/** A conversation's messages: who wrote what and when (markdown, rendered safely), with the agent's sources as safe links. */
import type { MessageView, Source } from '@frontdesk/core/wire';
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

/** The transcript, oldest first; empty conversations say so. */
export function Transcript({ messages }: { messages: MessageView[] }) {
  if (messages.length === 0) return <p class="muted">No messages yet.</p>;
  return (
    <ol class="transcript" aria-label="Transcript">
      {messages.map((message) => {
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
