/** Tells the site's developer, in the browser console, why the chat is unavailable and how to fix it. */
import { ApiError } from './api-client.js';

export function explainRefusal(error: Error, botId: string): string {
  // A refused origin fails the CORS preflight, which the browser reports as a network error.
  const refused = error instanceof ApiError && (error.status === 0 || error.status === 403);
  const origin = location.origin;
  return refused
    ? `Frontdesk: origin ${origin} refused (or server down) for bot ${botId}. Fix: frontdesk bot origins add ${botId} ${origin}`
    : `Frontdesk: ${error.message}`;
}
