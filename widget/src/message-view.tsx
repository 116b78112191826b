/** One message: the visitor's as plain text, the agent's and staff's as markdown, with sources and ticket. */

import type { ReplyAction, Source } from '@frontdesk/core/wire';
import type { ComponentChildren } from 'preact';
import { h } from 'preact';
import type { ChatMessage } from './chat-state.js';
import { format, type Strings } from './i18n.js';
import { renderMarkdown } from './markdown.js';
import { safeUrl } from './safe-url.js';

interface Props {
  message: ChatMessage;
  strings: Strings;
  baseUrl: string;
  /** Only the latest message's buttons can be pressed; older offers have lapsed. */
  live: boolean;
  feedback: 'helpful' | 'not-helpful' | undefined;
  onRetry(id: string): void;
  onAction(action: ReplyAction): void;
  onRate(id: string, verdict: 'helpful' | 'not-helpful'): void;
  /** The ticket card, on the first message of its ticket only. */
  children?: ComponentChildren;
}

function Sources({ sources, strings, baseUrl }: { sources: Source[]; strings: Strings; baseUrl: string }) {
  return (
    <div class="fd-sources">
      <span class="fd-label">{strings.sources}</span>
      <ul>
        {sources.map((source) => {
          const url = source.url ? safeUrl(source.url, baseUrl) : undefined;
          const relevance = `${Math.round(source.score * 100)}%`;
          return (
            <li key={`${source.name}${source.url}`}>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                source.name
              )}{' '}
              <span class="fd-score" title={strings.relevance}>
                {format('{r} {l}', { r: relevance, l: strings.relevance })}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function MessageView(props: Props) {
  const { message, strings, baseUrl, onRetry } = props;
  const mine = message.role === 'user';
  const who = mine ? strings.you : message.role === 'staff' ? strings.staff : strings.assistant;
  // Only the latest message's buttons are live; an answer with buttons asks, it gets no 👍/👎.
  const actions = (props.live && message.actions) || [];
  const votable = message.role === 'assistant' && message.status === 'done' && !message.actions?.length;
  return (
    <li class={`fd-message fd-${message.role}`}>
      <span class="fd-sr">{who}: </span>
      {(message.text || mine) && (
        <div class="fd-bubble" dir="auto">
          {mine ? <p class="fd-plain">{message.text}</p> : renderMarkdown(message.text, baseUrl)}
          {/* The visitor's files: their names until the attachment chunk draws thumbnails and chips. */}
          {message.attachments?.map((file) => h('frontdesk-file', { id: file.id }, file.name))}
        </div>
      )}
      {message.sources.length > 0 && (
        <Sources sources={message.sources} strings={strings} baseUrl={baseUrl} />
      )}
      {props.children}
      {actions.length > 0 && (
        <div class="fd-actions">
          {actions.map((action) => (
            <button
              type="button"
              key={action.text}
              class={action.kind === 'escalate' ? 'fd-primary' : 'fd-choice'}
              onClick={() => props.onAction(action)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      {votable && (
        <div class="fd-actions">
          {(['helpful', 'not-helpful'] as const).map((verdict, index) => (
            <button
              type="button"
              class="fd-vote"
              aria-label={index ? strings.notHelpful : strings.helpful}
              aria-pressed={props.feedback === verdict}
              onClick={() => props.onRate(message.id, verdict)}
            >
              {index ? '👎' : '👍'}
            </button>
          ))}
        </div>
      )}
      {message.status === 'failed' && (
        <div class="fd-failed">
          {strings.notSent}{' '}
          <button type="button" class="fd-link" onClick={() => onRetry(message.id)}>
            {strings.retry}
          </button>
        </div>
      )}
    </li>
  );
}
