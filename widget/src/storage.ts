/**
 * What survives reloads, per bot: the visitor session and the open conversation. Nothing is
 * written before the visitor first uses the chat (or the site opts in with `data-eager`).
 */
import type { WidgetPublicSettings } from '@frontdesk/core/wire';

export interface Saved {
  token?: string;
  visitorId?: string;
  conversationId?: string;
  /** The last message the visitor saw, for the unread badge and catch-up. */
  lastSeenId?: string;
  settings?: WidgetPublicSettings;
}

/** One storage entry per server, workspace and bot. */
export function storageKeyOf(options: {
  serverUrl: string;
  workspaceId?: string | undefined;
  botId: string;
}) {
  return `${options.serverUrl}|${options.workspaceId ?? ''}|${options.botId}`;
}

/** localStorage can be missing or refuse (private mode, storage full): then nothing persists. */
export function createStorage(key: string) {
  const full = `frontdesk:${key}`;
  return {
    load(): Saved {
      try {
        return JSON.parse(localStorage.getItem(full) ?? '{}') as Saved;
      } catch {
        return {};
      }
    },
    save(changes: Partial<Saved>): void {
      try {
        const next = { ...this.load(), ...changes };
        for (const name of Object.keys(next) as (keyof Saved)[])
          if (next[name] === undefined) delete next[name];
        localStorage.setItem(full, JSON.stringify(next));
      } catch {
        // Nothing to do: the widget still works for this page view.
      }
    },
    clear(): void {
      try {
        localStorage.removeItem(full);
      } catch {
        // As above.
      }
    },
  };
}
export type Storage = ReturnType<typeof createStorage>;
