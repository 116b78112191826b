/** Picks the response encoding from an `Accept-Encoding` header: brotli, then gzip, else none. */

export type Encoding = 'br' | 'gzip' | 'identity';

/** Our preference when the client weighs several equally: brotli is smaller than gzip. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3): q-values are honoured, `q=0`
 * refuses, `*` stands for every encoding not named, and ties go to brotli.
 */
export function chooseEncoding(header: string | null | undefined): Encoding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
