/** The widget API (`/widget/v1`) over fetch; errors come back as ApiError with the server's `code`. */
import type {
  ReplyEvent,
  WidgetAttachment,
  WidgetConversation,
  WidgetMessage,
  WidgetSession,
  WidgetSessionRequest,
} from '@frontdesk/core/wire';
import { readSse } from './sse-reader.js';

/** A refused request: `status` 0 means the network failed (offline, blocked, server down). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait, from `Retry-After`, on a 429. */
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

export interface History {
  conversationId: string;
  ended: boolean;
  messages: WidgetMessage[];
}

export interface ApiClient {
  session(request: WidgetSessionRequest, previousToken?: string): Promise<WidgetSession>;
  send(
    token: string,
    body: {
      text: string;
      conversationId?: string | undefined;
      escalate?: boolean;
      attachments?: WidgetAttachment[];
    },
    onEvent: (event: ReplyEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;
  conversations(token: string): Promise<WidgetConversation[]>;
  history(token: string, conversationId: string): Promise<History>;
  end(token: string, conversationId: string): Promise<void>;
  feedback(
    token: string,
    conversationId: string,
    body: { messageId: string; feedback: 'helpful' | 'not-helpful' },
  ): Promise<void>;
  /** Resolves when the server closes the stream; rejects on network errors. */
  events(
    token: string,
    conversationId: string,
    after: string | undefined,
    onMessage: (message: WidgetMessage) => void,
    signal: AbortSignal,
    /** Staff presence: `typing` or `read`. */
    onPresence?: (event: string) => void,
  ): Promise<void>;
}

/** A client for the Frontdesk server at `baseUrl` (no trailing slash). */
export function createApiClient(baseUrl: string): ApiClient {
  async function call(path: string, init: RequestInit & { token?: string | undefined }): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/widget/v1${path}`, { ...init, headers });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network_error', 'The network request failed.');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
      const retryAfter = Number(response.headers.get('Retry-After')) || 0;
      throw new ApiError(
        response.status,
        body.code ?? 'server_error',
        body.message ?? response.statusText,
        retryAfter,
      );
    }
    return response;
  }
  const json = async <T>(response: Promise<Response>): Promise<T> =>
    ((await (await response).json()) as { data: T }).data;

  return {
    session: (request, previousToken) =>
      // The bot in the URL lets the server name it when it refuses the page's origin at preflight.
      json(
        call(`/sessions?botId=${encodeURIComponent(request.botId)}`, {
          method: 'POST',
          body: JSON.stringify(request),
          token: previousToken,
        }),
      ),
    async send(token, body, onEvent, signal) {
      const response = await call('/messages', { method: 'POST', body: JSON.stringify(body), token, signal });
      await readSse(response.body as ReadableStream<Uint8Array>, (frame) => {
        onEvent(JSON.parse(frame.data) as ReplyEvent);
      });
    },
    conversations: (token) => json(call('/conversations', { token })),
    history: (token, id) => json(call(`/conversations/${encodeURIComponent(id)}/messages`, { token })),
    async end(token, id) {
      await call(`/conversations/${encodeURIComponent(id)}/end`, { method: 'POST', token });
    },
    async feedback(token, id, body) {
      const path = `/conversations/${encodeURIComponent(id)}/feedback`;
      await call(path, { method: 'POST', body: JSON.stringify(body), token });
    },
    async events(token, id, after, onMessage, signal, onPresence) {
      const query = after ? `?after=${encodeURIComponent(after)}` : '';
      const response = await call(`/conversations/${encodeURIComponent(id)}/events${query}`, {
        token,
        signal,
      });
      await readSse(response.body as ReadableStream<Uint8Array>, (frame) => {
        if (frame.event === 'message') onMessage(JSON.parse(frame.data) as WidgetMessage);
        else onPresence?.(frame.event);
      });
    },
  };
}
