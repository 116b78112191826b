/** Which web pages may talk to a bot's widget API: its allowed origins, plus this server's own pages. */
import type { Bot } from '@frontdesk/core';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';

/** The origin of a URL, lower-cased, or undefined for anything that is not one. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.origin.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}

/** A page served from this machine: `localhost`, `127.0.0.1` or `[::1]`, any port. */
export function isLocalhost(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export interface OriginContext {
  /** The server's public URL (`FRONTDESK_PUBLIC_URL`); its origin serves the demo page. */
  publicUrl: string;
}

/**
 * True when a page on `origin` may use `bot`'s widget. The server's own pages (the demo page)
 * serve the operator's default workspace only: another tenant's bot must list the origin itself.
 */
export function isOriginAllowed(bot: Bot, origin: string, context: OriginContext): boolean {
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (normalised === originOf(context.publicUrl) && bot.workspaceId === DEFAULT_WORKSPACE_ID) return true;
  if (bot.settings.widget.allowLocalhost && isLocalhost(normalised)) return true;
  return bot.settings.widget.allowedOrigins.includes(normalised);
}
