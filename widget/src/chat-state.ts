/** The shape of what the widget shows, and the events its JavaScript API reports. */
import type {
  ReplyAction,
  Source,
  TicketDetails,
  WidgetAttachment,
  WidgetConversation,
  WidgetMessage,
  WidgetPublicSettings,
} from '@frontdesk/core/wire';

export interface ChatMessage {
  id: string;
  role: WidgetMessage['role'];
  text: string;
  sources: Source[];
  ticket?: TicketDetails;
  actions?: ReplyAction[];
  /** The visitor's files on their message (shown by the attachment chunk; kept to retry a failed one). */
  attachments?: WidgetAttachment[];
  /** `sending` until the server took it; `failed` offers a retry; `streaming` while the answer arrives. */
  status: 'done' | 'sending' | 'streaming' | 'failed';
}

export interface ChatState {
  status: 'loading' | 'ready' | 'unavailable';
  settings?: WidgetPublicSettings;
  open: boolean;
  view: 'chat' | 'list';
  conversationId?: string;
  ended: boolean;
  messages: ChatMessage[];
  conversations: WidgetConversation[];
  /** True from sending until the first text of the answer, an error, or the timeout. */
  thinking: boolean;
  /** Staff are typing (for a few seconds after their last signal). */
  typing?: boolean;
  /** Staff opened the conversation after the visitor's latest message. */
  read?: boolean;
  /** Attachments uploaded and waiting for the next message. */
  files?: number;
  /** The composer's text; kept when a message cannot be sent yet. */
  draft: string;
  /** When a 429 lets the visitor send again (ms since epoch); 0 when not limited. */
  retryAt: number;
  notice?: 'failed' | 'timeout' | undefined;
  offline: boolean;
  unread: number;
  /** The latest message that arrived while the panel was closed, shown by the launcher. */
  preview?: string | undefined;
  /** The visitor's 👍/👎 per answer id. */
  feedback: Record<string, 'helpful' | 'not-helpful'>;
  /** Read out by the live region: the latest complete message. */
  announcement: string;
}

export type WidgetEventName = 'open' | 'close' | 'message' | 'ticket-created';

export const initialState: ChatState = {
  status: 'loading',
  open: false,
  view: 'chat',
  ended: false,
  messages: [],
  conversations: [],
  thinking: false,
  draft: '',
  retryAt: 0,
  offline: false,
  unread: 0,
  feedback: {},
  announcement: '',
};

export function fromWidgetMessage(message: WidgetMessage): ChatMessage {
  return { ...message, status: 'done' };
}
