/**
 * Files a visitor attached to a message. They travel in the text as `[📎 name](attachment:att_…)`
 * lines (see adapters/web/src/message-attachments.ts); the console shows them as links to the
 * file, images as thumbnails. The file is fetched with the console's credentials (a token or the
 * session cookie) and shown from a local copy, so both ways of signing in see it.
 */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { DeskContext } from './desk-context.js';

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

/** A local copy of the file: images as a `data:` URL, anything else as bytes to download. */
function useLocalCopy(href: string, image: boolean): string | undefined {
  const desk = useContext(DeskContext);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!desk) return;
    let made: string | undefined;
    let gone = false;
    fetch(href, { credentials: 'same-origin', headers: desk.api.headers('GET') })
      .then(async (response) => {
        if (!response.ok || gone) return;
        const blob = await response.blob();
        if (gone) return;
        if (image) {
          // The console's CSP allows `data:` images, not `blob:` ones.
          const reader = new FileReader();
          reader.onload = () => !gone && setUrl(reader.result as string);
          reader.readAsDataURL(blob);
          return;
        }
        made = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
        setUrl(made);
      })
      .catch(() => {});
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [href, desk]);
  return url;
}

function FileLink({ file }: { file: MessageFile }) {
  const href = `/widget/v1/attachments/${file.id}`;
  const image = IMAGE_NAME.test(file.name);
  const local = useLocalCopy(href, image);
  return (
    <li>
      <a
        href={local ?? href}
        download={local ? file.name : undefined}
        target="_blank"
        rel="noopener noreferrer"
        style={{ display: 'inline-flex', flexDirection: 'column', gap: '4px' }}
      >
        {image && (
          <img
            src={local ?? href}
            alt=""
            loading="lazy"
            width={160}
            style={{ maxWidth: '100%', height: 'auto', border: '1px solid var(--line)', borderRadius: '6px' }}
          />
        )}
        <span>📎 {file.name}</span>
      </a>
    </li>
  );
}

export function MessageFiles({ files }: { files: MessageFile[] }) {
  return (
    <ul
      class="message-files"
      aria-label="Attachments"
      style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px' }}
    >
      {files.map((file) => (
        <FileLink key={file.id} file={file} />
      ))}
    </ul>
  );
}
