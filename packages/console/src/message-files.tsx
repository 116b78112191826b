/**
 * Files a visitor attached to a message. They travel in the text as `[📎 name](attachment:att_…)`
 * lines (see adapters/web/src/message-attachments.ts); the console shows them as links to the
 * file, images as thumbnails. The server serves them to signed-in staff (the session cookie).
 */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

export interface MessageFile {
  id: string;
  name: string;
}

const FILE_LINE = /^\[📎 ([^\]\n]*)\]\(attachment:(att_[A-Za-z0-9_-]{16,40})\)$/gm;

/** The message's words without its file lines, and the files. */
export function splitFiles(text: string): { text: string; files: MessageFile[] } {
  const files = [...text.matchAll(FILE_LINE)].map((match) => ({ name: match[1] ?? '', id: match[2] ?? '' }));
  return { text: files.length ? text.replace(FILE_LINE, '').trim() : text, files };
}

const IMAGE_NAME = /\.(png|jpe?g|gif|webp)$/i;

export function MessageFiles({ files }: { files: MessageFile[] }) {
  return (
    <ul
      class="message-files"
      aria-label="Attachments"
      style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px' }}
    >
      {files.map((file) => {
        const href = `/widget/v1/attachments/${file.id}`;
        return (
          <li key={file.id}>
            <a href={href} target="_blank" rel="noopener noreferrer">
              {IMAGE_NAME.test(file.name) && <img src={href} alt="" loading="lazy" width={96} />}📎{' '}
              {file.name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
