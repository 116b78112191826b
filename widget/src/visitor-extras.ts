/** What a visitor adds to a conversation besides messages: 👍/👎 on answers and an e-mail address. */
import type { ApiClient } from './api-client.js';
import type { ChatState } from './chat-state.js';
import type { createState } from './state.js';

type Authed = <T>(call: (token: string) => Promise<T>) => Promise<T>;

export function createVisitorExtras(
  state: ReturnType<typeof createState<ChatState>>,
  api: ApiClient,
  authed: Authed,
) {
  return {
    /** Shows the verdict at once; it is stored like Slack's and Teams' feedback. */
    async rate(messageId: string, verdict: 'helpful' | 'not-helpful'): Promise<void> {
      const id = state.get().conversationId;
      if (!id) return;
      state.set({ feedback: { ...state.get().feedback, [messageId]: verdict } });
      await authed((token) => api.feedback(token, id, { messageId, feedback: verdict })).catch(() => {});
    },
    /** Saves where replies go; false when the server refused the address. */
    async saveEmail(email: string): Promise<boolean> {
      const id = state.get().conversationId;
      if (!id) return false;
      try {
        await authed((token) => api.email(token, id, email.trim()));
        state.set({ email: email.trim() });
        return true;
      } catch {
        return false;
      }
    },
    skipEmail: () => state.set({ emailSkipped: true }),
  };
}
