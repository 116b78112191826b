/** Turns `/v1/events` into counters the screens reload on, plus a status line and announcements. */
import { useEffect, useState } from 'preact/hooks';
import type { Api, ApiError } from './api.js';
import { notifyNewTicket } from './desk-notifications.js';
import { type LiveStatus, listenToDesk } from './live-events.js';

export interface LiveDesk {
  status: LiveStatus;
  ticketsVersion: number;
  messagesVersion: number;
  conversations: Record<string, number>;
  /** The latest thing worth telling a screen-reader user, e.g. "New ticket T-12". */
  announcement: string;
}

function parse(data: string): Record<string, unknown> {
  try {
    return JSON.parse(data) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Listens with `api`'s credentials when `enabled`; `onAuthError` when the server refuses them. */
export function useLiveDesk(api: Api, enabled: boolean, onAuthError: (error: ApiError) => void): LiveDesk {
  const [live, setLive] = useState<LiveDesk>({
    status: 'connecting',
    ticketsVersion: 0,
    messagesVersion: 0,
    conversations: {},
    announcement: '',
  });

  useEffect(
    () =>
      enabled
        ? listenToDesk(api.headers('GET'), {
            onStatus: (status) => setLive((state) => ({ ...state, status })),
            onAuthError,
            onEvent(frame) {
              const data = parse(frame.data);
              if (frame.event === 'ticket-created' && data.ticket)
                notifyNewTicket(data.ticket as { id?: unknown });
              setLive((state) => {
                // A note is not a message, but the conversation's timeline shows it, so it reloads too.
                const timeline = frame.event === 'message-created' || frame.event === 'note-created';
                if (timeline && typeof data.conversationId === 'string') {
                  const id = data.conversationId;
                  return {
                    ...state,
                    messagesVersion: state.messagesVersion + 1,
                    conversations: { ...state.conversations, [id]: (state.conversations[id] ?? 0) + 1 },
                  };
                }
                if (frame.event === 'ticket-created' || frame.event === 'ticket-updated') {
                  const ticket = data.ticket as { id?: string } | undefined;
                  const announcement =
                    frame.event === 'ticket-created' && ticket?.id
                      ? `New ticket ${ticket.id}`
                      : state.announcement;
                  return { ...state, ticketsVersion: state.ticketsVersion + 1, announcement };
                }
                return state;
              });
            },
          })
        : undefined,
    [api, enabled],
  );
  return live;
}
