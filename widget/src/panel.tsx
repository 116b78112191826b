/** The open chat: header with actions, message list (or past conversations), notices and composer. */

import type { Ref } from 'preact';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChatController } from './chat-controller.js';
import type { ChatState } from './chat-state.js';
import { Composer } from './composer.js';
import { ConversationList } from './conversation-list.js';
import type { Strings } from './i18n.js';
import { IconButton } from './icon-button.js';
import { MessageView } from './message-view.js';
import { TicketCard } from './ticket-card.js';

export interface Texts {
  title: string;
  greeting: string;
  placeholder: string;
}

interface Props {
  state: ChatState;
  controller: ChatController;
  strings: Strings;
  language: string;
  texts: Texts;
  /** Offered while the conversation is empty; a click sends one. */
  suggestions: string[];
  /** Embedded in the page (`<frontdesk-chat>`): no close button, Escape does nothing. */
  inline: boolean;
  baseUrl: string;
  inputRef: Ref<HTMLTextAreaElement>;
  attach(files?: FileList): void;
}

export function Panel(props: Props) {
  const { state, controller, strings, texts, baseUrl, inputRef } = props;
  // One card per ticket, on its first message; later updates change that card in place.
  const carded = new Set<string>();
  const listRef = useRef<HTMLOListElement>(null);
  // "Read" goes under the visitor's latest message once staff opened the conversation.
  const lastMine = state.messages.map((message) => message.role).lastIndexOf('user');
  // Any change to the messages (a new one, streamed text, the buttons at the end) shows the latest.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [state.messages, state.thinking, state.view]);

  const notice =
    state.status === 'unavailable'
      ? strings.unavailable
      : state.offline
        ? strings.offline
        : state.notice === 'timeout'
          ? strings.timeout
          : state.notice === 'failed'
            ? strings.failed
            : undefined;

  return (
    <section
      class="fd-panel"
      role={props.inline ? undefined : 'dialog'}
      aria-label={texts.title}
      // A dropped or pasted file (a screenshot) goes to the tray, when the bot takes files.
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        props.attach(event.dataTransfer?.files);
      }}
      onPaste={(event) => props.attach(event.clipboardData?.files)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !props.inline) controller.close();
      }}
    >
      <header class="fd-header">
        <h2>{texts.title}</h2>
        {state.view === 'chat' ? (
          <IconButton
            label={strings.conversations}
            onClick={() => controller.showConversations()}
            glyph="☰"
          />
        ) : (
          <IconButton label={strings.back} onClick={controller.showChat} glyph="←" />
        )}
        <IconButton label={strings.newConversation} onClick={controller.newConversation} glyph="+" />
        {state.conversationId && !state.ended && state.view === 'chat' && (
          <IconButton
            label={strings.endConversation}
            onClick={() => controller.endConversation()}
            glyph="■"
          />
        )}
        {!props.inline && <IconButton label={strings.close} onClick={controller.close} glyph="✕" />}
      </header>
      {state.view === 'list' ? (
        <ConversationList
          conversations={state.conversations}
          strings={strings}
          onPick={controller.pickConversation}
        />
      ) : (
        <ol class="fd-messages" ref={listRef}>
          <li class="fd-message fd-assistant">
            <div class="fd-bubble">
              <p>{texts.greeting}</p>
            </div>
            {state.messages.length === 0 && props.suggestions.length > 0 && (
              <fieldset class="fd-suggest" aria-label={strings.suggested}>
                {props.suggestions.map((question) => (
                  <button
                    type="button"
                    key={question}
                    class="fd-choice"
                    onClick={() => controller.send(question)}
                  >
                    {question}
                  </button>
                ))}
              </fieldset>
            )}
          </li>
          {state.messages.map((message, index) => {
            const ticket = message.ticket;
            const card = ticket && !carded.has(ticket.id) && carded.add(ticket.id);
            return (
              <MessageView
                key={message.id}
                message={message}
                strings={strings}
                baseUrl={baseUrl}
                live={index === state.messages.length - 1 && !state.thinking && !state.ended}
                feedback={state.feedback[message.id]}
                onRetry={controller.retry}
                onAction={controller.press}
                onRate={controller.rate}
              >
                {card && <TicketCard ticket={ticket} strings={strings} baseUrl={baseUrl} />}
                {state.read && index === lastMine && <span class="fd-status">{strings.read}</span>}
              </MessageView>
            );
          })}
          {(state.thinking || state.typing) && (
            <li class="fd-thinking" role="status">
              <span class="fd-dots" aria-hidden="true">
                <i />
                <i />
                <i />
              </span>
              {state.thinking ? strings.thinking : strings.typing}
            </li>
          )}
        </ol>
      )}
      <div class="fd-sr" aria-live="polite" aria-atomic="true">
        {state.announcement}
      </div>
      {notice && (
        <p class="fd-notice" role="alert">
          {notice}
        </p>
      )}
      {state.ended ? (
        <div class="fd-ended">
          <p>{strings.ended}</p>
          <button type="button" class="fd-primary" onClick={controller.newConversation}>
            {strings.newConversation}
          </button>
        </div>
      ) : (
        <Composer
          files={state.files}
          attach={state.settings?.attachments && (() => props.attach())}
          draft={state.draft}
          placeholder={texts.placeholder}
          strings={strings}
          language={props.language}
          retryAt={state.retryAt}
          disabled={state.status === 'unavailable' || state.offline || state.thinking}
          inputRef={inputRef}
          onDraft={controller.setDraft}
          onSend={controller.send}
          onRetryReady={controller.clearRetry}
        />
      )}
    </section>
  );
}
