/** The widget's behaviour without its looks: session, conversation, sending, streaming, later messages. */
import type { ReplyAction, WidgetAttachment, WidgetMessage } from '@frontdesk/core/wire';
import { type ApiClient, ApiError } from './api-client.js';
import { type ChatState, fromWidgetMessage, initialState, type WidgetEventName } from './chat-state.js';
import { subscribeLater } from './later-messages.js';
import type { WidgetOptions, WidgetUser } from './options.js';
import { createSender } from './send-message.js';
import { createState } from './state.js';
import type { Storage } from './storage.js';

/**
 * The session starts lazily (`start()`, on opening the chat, or with the first message): before
 * that the widget sends nothing and writes nothing. `emit` reports the JavaScript API's events.
 */
export function createChatController(
  options: WidgetOptions,
  api: ApiClient,
  storage: Storage,
  emit: (name: WidgetEventName, payload?: unknown) => void = () => {},
  /** The uploaded attachments to send with the next message (taken out of the tray). */
  takeFiles: () => Promise<WidgetAttachment[]> = async () => [],
) {
  const state = createState<ChatState>({ ...initialState });
  let token: string | undefined;
  let visitorId: string | undefined;
  let stopLater: (() => void) | undefined;
  let starting: Promise<void> | undefined;
  const messages = () => state.get().messages;
  const lastServerId = () =>
    [...messages()].reverse().find((message) => !message.id.startsWith('local-'))?.id;
  const markSeen = () => storage.save({ lastSeenId: lastServerId() });

  async function openSession(previous?: string): Promise<void> {
    try {
      const request = {
        botId: options.botId,
        workspaceId: options.workspaceId,
        user: options.user,
        // The session brings the texts of this language (`de-AT` → German); English is built in.
        locale: options.locale || document.documentElement.lang || navigator.language,
        resume: options.resume,
      };
      const session = await api.session(request, previous);
      if (visitorId && session.visitorId !== visitorId) forgetConversation();
      token = session.visitorToken;
      visitorId = session.visitorId;
      // With a resume link's token the session names the conversation to open: saved like the rest.
      storage.save({ ...session, token });
      state.set({ status: 'ready', settings: session.settings });
    } catch (error) {
      token = undefined;
      state.set({ status: 'unavailable' });
      // A refused origin fails the CORS preflight: the browser reports only a network error.
      const status = (error as ApiError).status;
      const hint =
        status === 0 || status === 403
          ? ` Allow it: frontdesk bot origins add ${options.botId} ${location.origin}`
          : '';
      console.warn(`Frontdesk: ${(error as Error).message}${hint}`);
    }
  }

  /** Runs `call` with the token (starting the session first if needed); an expired token is renewed once. */
  async function authed<T>(call: (token: string) => Promise<T>): Promise<T> {
    if (!token) await start();
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

  /** Staff type (shown for a few seconds after each signal) or have read the conversation. */
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  function receivePresence(event: string): void {
    clearTimeout(typingTimer);
    state.set(event === 'read' ? { read: true } : { typing: true });
    typingTimer = setTimeout(() => state.set({ typing: false }), 6000);
  }

  function receiveLater(message: WidgetMessage): void {
    const current = messages();
    const ticket = message.ticket;
    const updated = current.map((item) =>
      ticket && item.ticket?.id === ticket.id ? { ...item, ticket } : item,
    );
    if (current.some((item) => item.id === message.id)) return;
    state.set({
      messages: [...updated, fromWidgetMessage(message)],
      announcement: message.text,
      typing: false,
    });
    arrived(message);
  }

  function arrived(message: { role: string; text: string }): void {
    emit('message', { role: message.role, text: message.text });
    if (state.get().open) markSeen();
    else state.set({ unread: state.get().unread + 1, preview: message.text });
  }

  /** Listens whether or not the panel is open, so staff replies reach a closed widget too. */
  function listenLater(): void {
    stopLater?.();
    const id = state.get().conversationId;
    if (!id || state.get().offline) return;
    stopLater = subscribeLater((signal) =>
      authed((current) => api.events(current, id, lastServerId(), receiveLater, signal, receivePresence)),
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
      state.set({
        conversationId: id,
        messages: loaded,
        ended: history.ended,
        view: 'chat',
        unread,
      });
      if (state.get().open) markSeen();
      listenLater();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) forgetConversation();
    }
  }

  const send = createSender({
    state,
    api,
    storage,
    authed,
    emit,
    arrived,
    conversationStarted: listenLater,
  });

  /** Opens the session and loads the saved conversation; once, however often it is called. */
  function start(): Promise<void> {
    starting ??= begin();
    return starting;
  }

  async function begin(): Promise<void> {
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
    // With a resume token (and `data-open`, set by the server's page) the chat opens on its conversation.
    await openSession(saved.token);
    const id = storage.load().conversationId;
    if (token && id) await loadConversation(id, true);
  }

  return {
    state,
    start,
    /** The session's start while it runs or once it ran; undefined before anything started it. */
    starting: () => starting,
    open(): void {
      if (state.get().open) return;
      void start();
      state.set({ open: true, unread: 0, preview: undefined });
      // Nothing to reload: the background subscription kept the messages current while closed.
      markSeen();
      emit('open');
    },
    close(): void {
      if (!state.get().open) return;
      state.set({ open: false });
      emit('close');
    },
    send: async (text: string) => send(text, undefined, undefined, await takeFiles()),
    /** The visitor token, for uploads (the session starts first when needed). */
    token: () => authed(async (current) => current),
    /** A reply button: sends its text; "Talk to a human" also asks for a person outright. */
    press: (action: ReplyAction) => send(action.text, undefined, action.kind === 'escalate'),
    /** 👍/👎 on an answer: shown at once, stored like Slack's and Teams' feedback. */
    rate(messageId: string, verdict: 'helpful' | 'not-helpful'): void {
      const id = state.get().conversationId;
      state.set({ feedback: { ...state.get().feedback, [messageId]: verdict } });
      if (id)
        void authed((current) => api.feedback(current, id, { messageId, feedback: verdict })).catch(() => {});
    },
    retry(id: string): void {
      const failed = messages().find((item) => item.id === id);
      // Only messages sent from here fail, and they keep the words typed and the files.
      if (failed) void send(failed.text, id, undefined, failed.attachments);
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
      if (starting) await openSession(token);
    },
    async reset(): Promise<void> {
      forgetConversation();
      storage.clear();
      token = undefined;
      visitorId = undefined;
      delete options.user;
      // A visitor who never opened the chat gets no session now either.
      if (starting) await openSession();
    },
  };
}
export type ChatController = ReturnType<typeof createChatController>;
