/** Maps Bot Connector failures to what the adapter does about them: stop, back off, or give up for now. */
import { PermanentDeliveryError } from '@frontdesk/core';

/**
 * Teams will not take messages for this conversation any more; retrying cannot help. `reason` is
 * Teams' error code, e.g. `BotNotInConversationRoster` or `ConversationNotFound`.
 */
export class ConversationGoneError extends PermanentDeliveryError {
  constructor(status: 403 | 404, reason: string) {
    super(reason, `Teams refused the message: ${reason}`, {
      code: status === 403 ? 'permission_error' : 'not_found',
      status,
    });
  }
}

export type SendFailure =
  | { kind: 'gone'; status: 403 | 404; reason: string }
  | { kind: 'throttled'; retryAfterMs: number | undefined }
  | { kind: 'other' };

/** The Bot Connector's error body: `{"error": {"code": "…", "message": "…"}}`. */
function errorCode(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const error = (data as { error?: { code?: unknown } }).error;
  return typeof error?.code === 'string' ? error.code : undefined;
}

/** Classifies an error thrown by the SDK's connector client (an `HttpError` with `status` and `response`). */
export function classifySendError(error: unknown): SendFailure {
  const failed = error as { status?: unknown; response?: { data?: unknown; headers?: Headers } };
  const status = typeof failed?.status === 'number' ? failed.status : undefined;
  if (status === 429) {
    const header = failed.response?.headers?.get?.('retry-after');
    const seconds = header ? Number(header) : Number.NaN;
    return { kind: 'throttled', retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : undefined };
  }
  if (status === 403 || status === 404) {
    const code = errorCode(failed.response?.data);
    // A 403 for another reason (e.g. a policy) is not the end of the conversation.
    if (status === 404 || code === 'BotNotInConversationRoster') {
      return {
        kind: 'gone',
        status,
        reason: code ?? (status === 404 ? 'ConversationNotFound' : 'Forbidden'),
      };
    }
  }
  return { kind: 'other' };
}
