/** The widget's behaviour without its looks: session, conversation, sending, streaming, later messages. */
import type { ReplyEvent, WidgetMessage } from '@frontdesk/core/wire';
import { type ApiClient, ApiError } from './api-client.js';
import {
  type ChatMessage,
  type ChatState,
  fromWidgetMessage,
  initialState,
  type WidgetEventName,
} from './chat-state.js';
import { subscribeLater } from './later-messages.js';
import type { WidgetOptions, WidgetUser } from './options.js';
import { createState } from './state.js';
import type { Storage } from './storage.js';

/** The thinking indicator gives up after this long without the first text. */
export const FIRST_TEXT_TIMEOUT_MS = 45_000;

type Handler = (payload?: unknown) => void;

export function createChatController(options: WidgetOptions, api: ApiClient, storage: Storage) {
  const state = createState<ChatState>({ ...initialState });
  const handlers = new Map<WidgetEventName, Set<Handler>>();
  let token: string | undefined;
  let visitorId: string | undefined;
  let stopLater: (() => void) | undefined;
  let localIds = 0;

  const emit = (name: WidgetEventName, payload?: unknown) => {
    for (const handler of handlers.get(name) ?? []) handler(payload);
  };
  const messages = () => state.get().messages;
  const setMessage = (id: string, changes: Partial<ChatMessage>) =>
    state.set({
      messages: messages().map((message) => (message.id === id ? { ...message, ...changes } : message)),
    });
  const lastServerId = () =>
    [...messages()].reverse().find((message) => !message.id.startsWith('local-'))?.id;
  const markSeen = () => storage.save({ lastSeenId: lastServerId() });

  async function openSession(previous?: string): Promise<void> {
    try {
      const request = { botId: options.botId, workspaceId: options.workspaceId, user: options.user };
      const session = await api.session(request, previous);
      if (visitorId && session.visitorId !== visitorId) forgetConversation();
      token = session.visitorToken;
      visitorId = session.visitorId;
      storage.save({ token, visitorId: session.visitorId, settings: session.settings });
      state.set({ status: 'ready', settings: session.settings });
    } catch (error) {
      token = undefined;
      state.set({ status: 'unavailable' });
      console.warn(`Frontdesk: ${(error as Error).message}`);
    }
  }

  /** Runs `call` with the token; an expired token is renewed once. */
  async function authed<T>(call: (token: string) => Promise<T>): Promise<T> {
    if (!token) throw new ApiError(401, 'authentication_error', 'No visitor session.');
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      await openSession(token);
      if (!token) throw error;
      return call(token);
    }
  }

  function forgetConversation(): void {
    stopLater?.();
    stopLater = undefined;
    storage.save({ conversationId: undefined, lastSeenId: undefined });
    state.set({ conversationId: undefined, messages: [], ended: false, notice: undefined });
  }

  function receiveLater(message: WidgetMessage): void {
    const current = messages();
    const ticket = message.ticket;
    const updated = current.map((item) =>
      ticket && item.ticket?.id === ticket.id ? { ...item, ticket } : item,
    );
    if (current.some((item) => item.id === message.id)) return;
    state.set({ messages: [...updated, fromWidgetMessage(message)], announcement: message.text });
    arrived(message);
  }

  function arrived(message: { role: string; text: string }): void {
    emit('message', { role: message.role, text: message.text });
    if (state.get().open) markSeen();
    else state.set({ unread: state.get().unread + 1 });
  }

  function listenLater(): void {
    stopLater?.();
    const id = state.get().conversationId;
    if (!id || !state.get().open || state.get().offline) return;
    stopLater = subscribeLater((signal) =>
      authed((current) => api.events(current, id, lastServerId(), receiveLater, signal)),
    );
  }

  async function loadConversation(id: string, countUnread = false): Promise<void> {
    try {
      const history = await authed((current) => api.history(current, id));
      const loaded = history.messages.map(fromWidgetMessage);
      const seen = storage.load().lastSeenId;
      const seenAt = loaded.findIndex((message) => message.id === seen);
      const unread =
        countUnread && seenAt >= 0
          ? loaded.slice(seenAt + 1).filter((message) => message.role !== 'user').length
          : 0;
      storage.save({ conversationId: id });
      state.set({ conversationId: id, messages: loaded, ended: history.ended, view: 'chat', unread });
      if (state.get().open) markSeen();
      listenLater();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) forgetConversation();
    }
  }

  async function send(raw: string, retryOf?: string): Promise<void> {
    const text = raw.trim();
    const now = state.get();
    if (!text || now.thinking || now.retryAt > Date.now() || now.ended) return;
    const localId = retryOf ?? `local-${++localIds}`;
    const local: ChatMessage = { id: localId, role: 'user', text, sources: [], status: 'sending' };
    state.set({
      messages: retryOf
        ? messages().map((item) => (item.id === retryOf ? local : item))
        : [...messages(), local],
      draft: '',
      thinking: true,
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
        if (isNew) listenLater();
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
        setMessage(answerId, { text: event.data.answers, status: 'done' });
        state.set({ announcement: event.data.answers });
        arrived({ role: 'assistant', text: event.data.answers });
      } else if (event.type === 'error') {
        throw new ApiError(event.error.status, event.error.code, event.error.message);
      }
    };
    try {
      await authed((current) =>
        api.send(current, { text, conversationId: state.get().conversationId }, onEvent, controller.signal),
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
  }

  return {
    state,
    async start(): Promise<void> {
      const saved = storage.load();
      if (saved.settings) state.set({ settings: saved.settings });
      visitorId = saved.visitorId;
      const updateOnline = () => {
        state.set({ offline: !navigator.onLine });
        if (navigator.onLine) listenLater();
      };
      addEventListener('online', updateOnline);
      addEventListener('offline', updateOnline);
      state.set({ offline: !navigator.onLine });
      await openSession(saved.token);
      if (token && saved.conversationId) await loadConversation(saved.conversationId, true);
      if (options.open) this.open();
    },
    open(): void {
      if (state.get().open) return;
      state.set({ open: true, unread: 0 });
      markSeen();
      const id = state.get().conversationId;
      // Catch up on anything that arrived while closed, then listen.
      if (id && token) void loadConversation(id);
      emit('open');
    },
    close(): void {
      if (!state.get().open) return;
      stopLater?.();
      stopLater = undefined;
      state.set({ open: false });
      emit('close');
    },
    send: (text: string) => send(text),
    retry(id: string): void {
      const failed = messages().find((item) => item.id === id);
      if (failed) void send(failed.text, id);
    },
    setDraft: (draft: string) => state.set({ draft }),
    clearRetry: () => state.set({ retryAt: 0 }),
    newConversation(): void {
      forgetConversation();
      state.set({ view: 'chat' });
    },
    async endConversation(): Promise<void> {
      const id = state.get().conversationId;
      if (!id) return;
      await authed((current) => api.end(current, id)).catch(() => {});
      stopLater?.();
      state.set({ ended: true });
    },
    async showConversations(): Promise<void> {
      state.set({ view: 'list' });
      const conversations = await authed((current) => api.conversations(current)).catch(() => []);
      state.set({ conversations });
    },
    showChat: () => state.set({ view: 'chat' }),
    pickConversation: (id: string) => loadConversation(id),
    async identify(user: WidgetUser): Promise<void> {
      options.user = user;
      await openSession(token);
    },
    async reset(): Promise<void> {
      forgetConversation();
      storage.clear();
      token = undefined;
      visitorId = undefined;
      delete options.user;
      await openSession();
    },
    on(name: WidgetEventName, handler: Handler): () => void {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set);
      set.add(handler);
      return () => set.delete(handler);
    },
  };
}
export type ChatController = ReturnType<typeof createChatController>;
