/**
 * `<frontdesk-file>`: one of the visitor's files in their message bubble (part of the attachment
 * chunk). The panel renders it with the attachment id as its `id` and the file's name inside,
 * which is what shows until this chunk is here; then an image becomes a thumbnail (from the file
 * still in the page, else fetched with the visitor's token) and anything else a chip with name and
 * size.
 * Plain DOM in its own shadow root, so Preact never touches what it draws; no HTML is parsed.
 */
import type { WidgetAttachment } from '@frontdesk/core/wire';

/** What a widget's files need: its server, the visitor's token, files picked on this page. */
export interface FileContext {
  serverUrl: string;
  token(): Promise<string>;
  /** The attachment of a message in the transcript, by id. */
  find(id: string): WidgetAttachment | undefined;
  /** Uploaded here, by attachment id: shown from the page's own copy, with no download. */
  local: Map<string, File>;
}

/** Per widget (its shadow root): two widgets of different servers on one page stay apart. */
const contexts = new WeakMap<Node, FileContext>();

const FILE_CSS = `:host{display:block;margin-top:4px}
button{all:unset;box-sizing:border-box;display:inline-flex;max-width:100%;cursor:pointer;border-radius:10px}
button:focus-visible{outline:2px solid currentColor;outline-offset:2px}
img{display:block;width:160px;max-width:100%;height:120px;object-fit:cover;border-radius:10px;background:rgba(127,127,127,.2)}
.fd-chip{align-items:center;gap:6px;padding:6px 10px;background:rgba(127,127,127,.18);font-size:13px}
.fd-chip span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.fd-size{flex:none}`;
/** Types a browser shows as an image (an SVG is a document: it stays a chip). */
const IMAGE = /^image\/(png|jpeg|gif|webp|avif|bmp)$/;
/** An opened or saved file's object URL lives this long: enough for the new tab or the download. */
const KEEP_URL_MS = 60_000;

/** "1.2 MB", "340 kB", in the page's language. */
export function fileSize(bytes: number): string {
  const [unit, size] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes / 1e3, 1)];
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: unit as string,
    maximumFractionDigits: (size as number) < 10 ? 1 : 0,
  }).format(size as number);
}

/** The file's bytes: the page's copy, else the download with the visitor's token. */
async function fileBlob(file: WidgetAttachment, context: FileContext): Promise<Blob> {
  const local = context.local.get(file.id);
  if (local) return local;
  const response = await fetch(`${context.serverUrl}/widget/v1/attachments/${encodeURIComponent(file.id)}`, {
    headers: { Authorization: `Bearer ${await context.token()}` },
  });
  if (!response.ok) throw new Error(`Frontdesk: cannot show ${file.name} (${response.status})`);
  return response.blob();
}

/** An image opens in a new tab; anything else is saved as a download, never shown by the page. */
function reveal(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  if (IMAGE.test(blob.type)) open(url, '_blank', 'noopener');
  else Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

function chip(file: WidgetAttachment): HTMLElement[] {
  const name = document.createElement('span');
  name.textContent = `📄 ${file.name}`;
  const size = document.createElement('span');
  size.className = 'fd-size';
  size.textContent = fileSize(file.size);
  return [name, size];
}

class FileView extends HTMLElement {
  connectedCallback(): void {
    // Moved within the list: already drawn.
    if (this.shadowRoot) return;
    const context = contexts.get(this.getRootNode());
    const file = context?.find(this.id);
    // Not one of this widget's messages: the name the panel put inside stays.
    if (!context || !file) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = FILE_CSS;
    const button = document.createElement('button');
    button.type = 'button';
    button.title = file.name;
    shadow.append(style, button);
    let bytes: Promise<Blob> | undefined;
    const blob = () => (bytes ??= fileBlob(file, context));
    button.onclick = () =>
      void blob().then(
        (found) => reveal(found, file.name),
        () => {},
      );
    const asChip = () => {
      button.className = 'fd-chip';
      button.replaceChildren(...chip(file));
    };
    if (!IMAGE.test(file.type)) {
      asChip();
      return;
    }
    const image = document.createElement('img');
    image.alt = file.name;
    button.append(image);
    blob().then(
      (found) => {
        // Only what the browser shows as an image; anything else keeps to its chip.
        if (!IMAGE.test(found.type)) {
          asChip();
          return;
        }
        const url = URL.createObjectURL(found);
        image.onload = image.onerror = () => URL.revokeObjectURL(url);
        image.src = url;
      },
      // Gone, or no longer this visitor's: the name and size instead.
      asChip,
    );
  }
}

/** Shows the files of the widget in `root` (its shadow root, or the document). */
export function showFiles(root: Node, context: FileContext): void {
  if (contexts.has(root)) return;
  contexts.set(root, context);
  // A message of files only has no words: no empty paragraph above them.
  const style = document.createElement('style');
  style.textContent = '.fd-plain:empty{display:none}';
  (root instanceof ShadowRoot ? root : document.head).append(style);
  // The name is the page's; one definition serves every widget on it (each finds its context).
  if (!customElements.get('frontdesk-file')) customElements.define('frontdesk-file', FileView);
}
