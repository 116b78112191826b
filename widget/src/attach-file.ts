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
img{display:block;width:160px;max-width:100%;height:120px;object-fit:cover;border-radius:10px;background:rgba(127,127,127,.2)}
.fd-chip{display:inline-flex;align-items:center;gap:6px;max-width:100%;padding:6px 10px;border-radius:10px;background:rgba(127,127,127,.18);font-size:13px}
.fd-chip span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.fd-size{flex:none}`;
/** Types a browser shows as an image (an SVG is a document: it stays a chip). */
const IMAGE = /^image\/(png|jpeg|gif|webp|avif|bmp)$/;

/** "1.2 MB", "340 kB", in the page's language. */
export function fileSize(bytes: number): string {
  const [unit, size] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes / 1e3, 1)];
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: unit as string,
    maximumFractionDigits: (size as number) < 10 ? 1 : 0,
  }).format(size as number);
}

/** The file as an object URL: the page's copy, else the download with the visitor's token. */
async function imageUrl(file: WidgetAttachment, context: FileContext): Promise<string> {
  const local = context.local.get(file.id);
  if (local) return URL.createObjectURL(local);
  const response = await fetch(`${context.serverUrl}/widget/v1/attachments/${encodeURIComponent(file.id)}`, {
    headers: { Authorization: `Bearer ${await context.token()}` },
  });
  const blob = response.ok ? await response.blob() : undefined;
  if (!blob || !IMAGE.test(blob.type)) throw new Error(`Frontdesk: cannot show ${file.name}`);
  return URL.createObjectURL(blob);
}

function chip(file: WidgetAttachment): HTMLElement {
  const box = document.createElement('span');
  box.className = 'fd-chip';
  const name = document.createElement('span');
  name.textContent = `📄 ${file.name}`;
  const size = document.createElement('span');
  size.className = 'fd-size';
  size.textContent = fileSize(file.size);
  box.append(name, size);
  return box;
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
    shadow.append(style);
    if (!IMAGE.test(file.type)) {
      shadow.append(chip(file));
      return;
    }
    const image = document.createElement('img');
    image.alt = file.name;
    image.title = file.name;
    shadow.append(image);
    imageUrl(file, context).then(
      (url) => {
        image.onload = image.onerror = () => URL.revokeObjectURL(url);
        image.src = url;
      },
      // Gone, or no longer this visitor's: the name and size instead.
      () => image.replaceWith(chip(file)),
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
