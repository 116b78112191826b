/**
 * The content type of a file from its first bytes, never from its name or the browser's word:
 * a file that claims to be an image but is HTML must not be served as one.
 */

const starts = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Text: valid UTF-8 with no NUL and no `<` at its start that could make a browser guess HTML. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return !/^\s*</.test(text);
  } catch {
    // A multi-byte character cut at 64 KB is fine; anything else is not text.
    return bytes.length > 64 * 1024;
  }
}

/** One of the attachment types, or undefined when the bytes are none of them. */
export function sniffType(bytes: Uint8Array): string | undefined {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'image/gif';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (bytes.length > 0 && isPlainText(bytes)) return 'text/plain';
  return undefined;
}

/** Images a browser may show inline; everything else downloads. */
export const isImage = (type: string) => type.startsWith('image/');
