/** The widget's identity secret at rest: sealed with the credentials key, opened only to check a userHash. */
import { type BotSettings, ValidationError } from '@frontdesk/core';
import type { SecretBox } from './secret-box.js';

const SEALED = 'sealed:';
/** What reads show instead of a secret (see `maskSecret`); sent back unchanged, it means "keep". */
const MASK = '••••';
const HINT_LENGTH = 4;

/**
 * Seals a newly given identity secret. A masked value sent back (a client saving what it read)
 * keeps the secret already stored; an already sealed one is kept as is. Without a box (tests
 * that build the app without credentials) the settings are stored as given.
 */
export function sealIdentitySecret(
  next: BotSettings,
  previous: BotSettings | undefined,
  box: SecretBox | undefined,
): BotSettings {
  const secret = next.widget.identity.secret;
  if (secret?.startsWith(SEALED) && secret !== previous?.widget.identity.secret) {
    // Only the server seals: a sealed value it did not store could never be opened.
    throw new ValidationError(
      'settings.widget.identity.secret: a value starting with "sealed:" is reserved for stored secrets; send the plain secret',
    );
  }
  if (secret === undefined || secret.startsWith(SEALED) || !box) return next;
  const kept = secret.startsWith(MASK) ? previous?.widget.identity.secret : sealedValue(box, secret);
  const identity = {
    ...next.widget.identity,
    ...(kept === undefined ? { secret: undefined } : { secret: kept }),
  };
  return { ...next, widget: { ...next.widget, identity } };
}

/** The plain secret to check a userHash with; settings written before sealing existed are plain. */
export function openIdentitySecret(
  secret: string | undefined,
  box: SecretBox | undefined,
): string | undefined {
  if (secret === undefined || !secret.startsWith(SEALED)) return secret;
  if (!box) throw new Error('The widget identity secret is sealed, but no credentials key is loaded.');
  return box.open(secret.slice(SEALED.length + HINT_LENGTH + 1));
}

/** How reads show the secret: its last four characters, whether sealed or (older rows) plain. */
export function maskedIdentitySecret(secret: string): string {
  const hint = secret.startsWith(SEALED)
    ? secret.slice(SEALED.length, SEALED.length + HINT_LENGTH)
    : secret.slice(-4);
  return `${MASK}${hint}`;
}

/**
 * `sealed:{last four characters}:{AES-256-GCM box}`: the prefix keeps it from being taken for a
 * plain secret, the four characters let an operator tell secrets apart (secrets have 16 or more).
 */
export function sealedValue(box: SecretBox, secret: string): string {
  return `${SEALED}${secret.slice(-HINT_LENGTH)}:${box.seal(secret)}`;
}
