/** Turns an uploaded Markdown, HTML, PDF or DOCX file into article markdown, with clear errors. */
import { FrontdeskError, ValidationError } from '@frontdesk/core';

// The parsers are imported when a file of their kind arrives: they would slow every start (and the CLI).
const htmlToMarkdown = async (html: string) =>
  (await import('node-html-markdown')).NodeHtmlMarkdown.translate(html);

/** Uploads larger than this are refused with a 413. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const UPLOAD_TYPES = {
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;

export type UploadKind = (typeof UPLOAD_TYPES)[keyof typeof UPLOAD_TYPES];

/** The upload kind of a Content-Type header, or a 415 naming the accepted types. */
export function uploadKind(contentType: string | undefined): UploadKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const kind = UPLOAD_TYPES[type as keyof typeof UPLOAD_TYPES];
  if (!kind) {
    const accepted = Object.keys(UPLOAD_TYPES).join(', ');
    throw new FrontdeskError('invalid_request_error', 415, `Content-Type must be one of ${accepted}`);
  }
  return kind;
}

/** The file's content as markdown, and a title when the file names one (first heading, <title>). */
export async function convertUpload(
  kind: UploadKind,
  bytes: Uint8Array,
): Promise<{ markdown: string; title?: string }> {
  if (bytes.byteLength === 0) throw new ValidationError('The uploaded file is empty.');
  switch (kind) {
    case 'markdown':
      return withTitle(decodeText(bytes, 'Markdown'));
    case 'html': {
      const html = decodeText(bytes, 'HTML');
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
      const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
      const markdown = await htmlToMarkdown(body);
      return title ? { markdown, title } : withTitle(markdown);
    }
    case 'pdf': {
      let text: string;
      try {
        const { extractText, getDocumentProxy } = await import('unpdf');
        const pdf = await getDocumentProxy(new Uint8Array(bytes));
        text = (await extractText(pdf, { mergePages: true })).text;
      } catch (error) {
        throw new ValidationError(`The file is not a readable PDF: ${reason(error)}`);
      }
      if (text.trim() === '')
        throw new ValidationError('The PDF has no text to read (a scan needs OCR first).');
      return withTitle(text.trim());
    }
    case 'docx': {
      let html: string;
      try {
        const mammoth = (await import('mammoth')).default;
        html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
      } catch (error) {
        throw new ValidationError(`The file is not a readable DOCX document: ${reason(error)}`);
      }
      return withTitle(await htmlToMarkdown(html));
    }
  }
}

function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError(`The ${name} file is not UTF-8 text.`);
  }
}

/** The markdown with its first `#` heading taken as the title (and removed from the body). */
function withTitle(markdown: string): { markdown: string; title?: string } {
  const heading = /^#\s+(.+)$/m.exec(markdown);
  if (heading?.[1]) return { markdown: markdown.replace(heading[0], '').trim(), title: heading[1].trim() };
  const firstLine = markdown
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();
  return firstLine ? { markdown, title: firstLine.slice(0, 120) } : { markdown };
}

function reason(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
