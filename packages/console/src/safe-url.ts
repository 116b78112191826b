/** Links from untrusted text: only http, https and mailto URLs become links. */

/** The URL if its scheme is http, https or mailto; otherwise undefined. */
export function safeUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
}
