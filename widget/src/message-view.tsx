/** One message: the visitor's as plain text, the agent's and staff's as markdown, with sources and ticket. */

import type { Source, TicketDetails } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import type { ChatMessage } from './chat-state.js';
import { format, type Strings } from './i18n.js';
import { renderMarkdown } from './markdown.js';
import { safeUrl } from './safe-url.js';

interface Props {
  message: ChatMessage;
  strings: Strings;
  baseUrl: string;
  onRetry(id: string): void;
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

function TicketCard({
  ticket,
  strings,
  baseUrl,
}: {
  ticket: TicketDetails;
  strings: Strings;
  baseUrl: string;
}) {
  const url = ticket.url ? safeUrl(ticket.url, baseUrl) : undefined;
  return (
    <section class="fd-ticket" aria-label={`${strings.ticket} ${ticket.id}`}>
      <strong>
        {strings.ticket} {ticket.id}
      </strong>
      <span class="fd-status">
        {strings.ticketStatus}: {ticket.status}
      </span>
      {url && (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {strings.viewTicket}
        </a>
      )}
    </section>
  );
}

export function MessageView({ message, strings, baseUrl, onRetry }: Props) {
  const mine = message.role === 'user';
  const who = mine ? strings.you : message.role === 'staff' ? strings.staff : strings.assistant;
  return (
    <li class={`fd-message fd-${message.role}`}>
      <span class="fd-sr">{who}: </span>
      {message.text && (
        <div class="fd-bubble">
          {mine ? <p class="fd-plain">{message.text}</p> : renderMarkdown(message.text, baseUrl)}
        </div>
      )}
      {message.sources.length > 0 && (
        <Sources sources={message.sources} strings={strings} baseUrl={baseUrl} />
      )}
      {message.ticket && <TicketCard ticket={message.ticket} strings={strings} baseUrl={baseUrl} />}
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
