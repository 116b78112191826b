/** The one error the outbound client throws: a stable code and a message that tells nothing about the network. */

export type OutboundErrorCode =
  | 'target_refused'
  | 'unreachable'
  | 'timeout'
  | 'response_too_large'
  | 'redirect_refused'
  | 'invalid_url';

const MESSAGES: Record<OutboundErrorCode, string> = {
  target_refused:
    'The target address is not allowed (private, loopback, link-local or metadata addresses are refused; see FRONTDESK_ALLOW_PRIVATE_TARGETS).',
  unreachable: 'The target cannot be reached.',
  timeout: 'The target did not answer in time.',
  response_too_large: 'The target answered with a response that is too large.',
  redirect_refused: 'The target redirected to another host; redirects are followed only on the same host.',
  invalid_url: 'The target URL is not a valid http(s) URL.',
};

/**
 * Why an outbound call failed. The message is the same for every cause of a code (a refused port
 * and an unknown host both read "cannot be reached"), so error text is no port scanner.
 */
export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options);
    this.name = 'OutboundError';
  }
}

/** True for an OutboundError (also across duplicated module copies). */
export function isOutboundError(error: unknown): error is OutboundError {
  return error instanceof Error && error.name === 'OutboundError' && 'code' in error;
}
