/** What every screen needs: the API client, the live-update counters, and where a refused token goes. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api.js';

export interface Desk {
  api: Api;
  /** Goes up on every `ticket-created` and `ticket-updated` event. */
  ticketsVersion: number;
  /** Goes up on every `message-created` event; `conversations` holds how often per conversation. */
  messagesVersion: number;
  conversations: Record<string, number>;
  /** Call with any failure: a 401/403 signs out with a message; returns the text to show otherwise. */
  fail(error: unknown): string;
  /** For the setup screens: only a 401 signs out; a 403 is shown like any other refusal. */
  explain(error: unknown): string;
  /** What the signed-in member or token may do (`bots:write`…); write implies read. */
  can(permission: string): boolean;
}

export const DeskContext = createContext<Desk | null>(null);

/** The desk of the signed-in console; only used under `<DeskContext.Provider>`. */
export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk() outside the signed-in console.');
  return desk;
}
