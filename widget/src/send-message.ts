/** Sending one visitor message and showing the streamed answer, with retry, rate limits and timeouts. */
import type { ReplyEvent, WidgetAttachment } from '@frontdesk/core/wire';
import { type ApiClient, ApiError } from './api-client.js';
import type { ChatMessage, ChatState, WidgetEventName } from './chat-state.js';
import type { createState } from './state.js';
import type { Storage } from './storage.js';

/** The thinking indicator gives up after this long without the first text. */
export const FIRST_TEXT_TIMEOUT_MS = 45_000;

interface SenderDependencies {
  state: ReturnType<typeof createState<ChatState>>;
  api: ApiClient;
  storage: Storage;
  authed: <T>(call: (token: string) => Promise<T>) => Promise<T>;
  emit(name: WidgetEventName, payload?: unknown): void;
  arrived(message: { role: string; text: string }): void;
  /** The first answer of a new conversation started: listen for later messages. */
  conversationStarted(): void;
}

/** `send(text, retryOf?, escalate?)`: a retry replaces the failed message it repeats. */
export function createSender(deps: SenderDependencies) {
  const { state, api, storage, authed, emit, arrived } = deps;
  let localIds = 0;
  const messages = () => state.get().messages;
  const setMessage = (id: string, changes: Partial<ChatMessage>) =>
    state.set({
      messages: messages().map((message) => (message.id === id ? { ...message, ...changes } : message)),
    });

  return async function send(
    raw: string,
    retryOf?: string,
    escalate?: boolean,
    files: WidgetAttachment[] = [],
  ): Promise<void> {
    const text = raw.trim();
    const now = state.get();
    if ((!text && !files.length) || now.thinking || now.retryAt > Date.now() || now.ended) return;
    const localId = retryOf ?? `local-${++localIds}`;
    // As the history shows it (see the server's toWidgetMessages): the words, and the files beside them.
    const local: ChatMessage = {
      id: localId,
      role: 'user',
      text,
      attachments: files,
      sources: [],
      status: 'sending',
    };
    state.set({
      messages: retryOf
        ? messages().map((item) => (item.id === retryOf ? local : item))
        : [...messages(), local],
      draft: '',
      thinking: true,
      read: false,
      notice: undefined,
    });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, FIRST_TEXT_TIMEOUT_MS);
    let answerId: string | undefined;
    const onEvent = (event: ReplyEvent) => {
      if (event.type === 'message-start') {
        const isNew = state.get().conversationId !== event.conversationId;
        answerId = event.messageId;
        storage.save({ conversationId: event.conversationId });
        setMessage(localId, { status: 'done' });
        const answer: ChatMessage = {
          id: answerId,
          role: 'assistant',
          text: '',
          sources: [],
          status: 'streaming',
        };
        state.set({ conversationId: event.conversationId, messages: [...messages(), answer] });
        if (isNew) deps.conversationStarted();
      } else if (event.type === 'message-delta' && answerId) {
        clearTimeout(timer);
        const answer = messages().find((item) => item.id === answerId);
        state.set({ thinking: false });
        setMessage(answerId, { text: (answer?.text ?? '') + event.text });
      } else if (event.type === 'sources' && answerId) {
        setMessage(answerId, { sources: event.sources });
      } else if (event.type === 'ticket-created' && answerId) {
        setMessage(answerId, { ticket: event.ticket });
        emit('ticket-created', event.ticket);
      } else if (event.type === 'message-end' && answerId) {
        const { answers, actions } = event.data;
        setMessage(answerId, { text: answers, status: 'done', ...(actions ? { actions } : {}) });
        state.set({ announcement: event.data.answers });
        arrived({ role: 'assistant', text: event.data.answers });
      } else if (event.type === 'error') {
        throw new ApiError(event.error.status, event.error.code, event.error.message);
      }
    };
    try {
      await authed((current) =>
        api.send(
          current,
          {
            text,
            conversationId: state.get().conversationId,
            ...(escalate ? { escalate } : {}),
            attachments: files,
          },
          onEvent,
          controller.signal,
        ),
      );
    } catch (error) {
      const limited = error instanceof ApiError && error.status === 429;
      if (limited) {
        // Not sent: the text goes back to the composer, and the countdown starts.
        state.set({
          messages: messages().filter((item) => item.id !== localId),
          draft: text,
          retryAt: Date.now() + Math.max(1, error.retryAfter) * 1000,
        });
      } else if (error instanceof ApiError && error.status === 409) {
        state.set({ ended: true, draft: text, messages: messages().filter((item) => item.id !== localId) });
      } else {
        if (answerId) {
          const partial = messages().find((item) => item.id === answerId);
          state.set({ messages: messages().filter((item) => item.id !== answerId || partial?.text) });
          if (partial?.text) setMessage(answerId, { status: 'done' });
        }
        setMessage(localId, { status: 'failed' });
        state.set({ notice: timedOut ? 'timeout' : 'failed' });
      }
    } finally {
      clearTimeout(timer);
      state.set({ thinking: false });
    }
  };
}
