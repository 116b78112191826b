/** Identifiers as a port: time-ordered, with 130 random bits, safe for browsers and Node. */

export interface IdSource {
  /** A new identifier such as `conv_01jd4x…`; sortable by creation time. */
  id(prefix: string): string;
  /** `bytes` random bytes, base64url; for secrets such as tokens. */
  secret(bytes: number): string;
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** Random bytes are drawn in blocks: one system call per 4 KB instead of one per id. */
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function randomBase32(length: number): string {
  if (poolOffset + length > pool.length) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[(pool[poolOffset + i] as number) & 31];
  poolOffset += length;
  return out;
}

function timeBase32(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = BASE32[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function counterBase32(value: number): string {
  let out = '';
  let rest = value % 32 ** 4;
  for (let i = 0; i < 4; i++) {
    out = BASE32[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Ids: 10 characters of time, 4 of a counter that keeps ids from one source in creation order
 * within the same millisecond, then 26 random base32 characters (130 bits).
 */
export function createIdSource(clock: { now(): number } = { now: () => Date.now() }): IdSource {
  let lastTime = -1;
  let counter = 0;
  return {
    id: (prefix) => {
      const time = clock.now();
      counter = time === lastTime ? counter + 1 : 0;
      lastTime = time;
      return `${prefix}_${timeBase32(time)}${counterBase32(counter)}${randomBase32(26)}`;
    },
    secret: (bytes) => {
      const buffer = new Uint8Array(bytes);
      crypto.getRandomValues(buffer);
      return base64url(buffer);
    },
  };
}
