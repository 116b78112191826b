/**
 * Checks a Teams connection for real: a Bot Framework token for its app id, asked of the configured
 * Entra authority with its client secret (client credentials), the way replies get theirs.
 */
import type { Runtime } from './runtime.js';

export interface RegistrationCheck {
  ok: boolean;
  message: string;
}

/** The Bot Connector's scope; MSAL asks for `<scope>/.default`. */
const BOT_FRAMEWORK = 'https://api.botframework.com';
/** Entra's refusals are long (trace and correlation ids); the first line says what is wrong. */
const MAX_MESSAGE = 300;

export interface CheckTarget {
  /** The app's runtime (its CloudAdapter holds the app id, secret, tenant and authority). */
  runtime: Runtime | undefined;
  appId: string | undefined;
  hasSecret: boolean;
}

/** Asks for a token; `ok: false` with Entra's refusal (or why none was asked). */
export async function checkRegistration(target: CheckTarget): Promise<RegistrationCheck> {
  if (!target.appId) return { ok: false, message: 'The Bot Framework Emulator has no app id to check.' };
  if (!target.hasSecret || !target.runtime)
    return { ok: false, message: 'No client secret is set for this app' };
  try {
    const provider = target.runtime.context.cloud.connectionManager.getDefaultConnection();
    const token = await provider.getAccessToken(BOT_FRAMEWORK);
    if (!token) return { ok: false, message: 'Entra answered without a token.' };
    return { ok: true, message: `Got a Bot Framework token for ${target.appId}` };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, message: text.split('\n')[0]?.slice(0, MAX_MESSAGE) || 'Entra refused the app.' };
  }
}
