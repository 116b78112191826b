/**
 * The attachment tray (a lazy chunk, loaded on the first attach, drop or paste): files waiting to
 * go with the next message, each with a preview, upload progress, and retry or remove. Plain DOM,
 * no Preact: it renders into its own list, which the panel puts above the composer.
 */
import type { WidgetAttachment, WidgetAttachmentLimits } from '@frontdesk/core/wire';
import { fileSize, showFiles } from './attach-file.js';
import { type AttachStrings, attachStrings, fill } from './attach-strings.js';
import { type UploadFailure, uploadFile } from './attach-upload.js';
import type { ChatController } from './chat-controller.js';
import type { WidgetOptions } from './options.js';

/** What the tray needs of the panel: its chat controller, the widget's options, the language's texts. */
export interface TrayContext {
  serverUrl: string;
  limits: WidgetAttachmentLimits;
  /** The visitor token (starting the session when needed). */
  token(): Promise<string>;
  /** Texts of the visitor's language, if any replace the English ones. */
  strings: Partial<AttachStrings>;
  /** How many files are uploaded and ready to go with the next message. */
  onChange(ready: number): void;
  /** Files uploaded from this page, by attachment id: their thumbnails need no download. */
  local?: Map<string, File>;
}

/** The tray for a panel: limits from the session, uploads with the visitor's token. */
export function trayFor(
  controller: ChatController,
  options: WidgetOptions,
  strings: Partial<Record<string, unknown>>,
  /** The panel's slot: the tray sits at the top of its composer, again after each close and open. */
  slot: HTMLElement,
): Tray {
  const local = new Map<string, File>();
  // The visitor's files in their messages, sent from here or in the history.
  showFiles(slot.getRootNode(), {
    serverUrl: options.serverUrl,
    token: controller.token,
    local,
    find: (id) =>
      controller.state
        .get()
        .messages.flatMap((message) => message.attachments ?? [])
        .find((file) => file.id === id),
  });
  const tray = createTray({
    serverUrl: options.serverUrl,
    limits: controller.state.get().settings?.attachments as WidgetAttachmentLimits,
    token: controller.token,
    strings: { ...strings, ...options.strings } as Partial<AttachStrings>,
    onChange: (ready) => controller.state.set({ files: ready }),
    local,
  });
  const place = () => {
    if (!tray.root.isConnected) slot.querySelector('.fd-composer')?.prepend(tray.root);
  };
  place();
  // After Preact has drawn the change (a reopened panel is a new composer).
  controller.state.subscribe(() => setTimeout(place));
  return tray;
}

export interface Tray {
  /** The tray's element; the panel moves it into its slot whenever it renders. */
  root: HTMLElement;
  /** Opens the file picker (or the camera). */
  pick(camera?: boolean): void;
  add(files: Iterable<File>): void;
  /**
   * With files (a drop, a paste), adds them; with none, opens the picker. Answers the uploaded
   * files, taken out of the tray, when `files` is `false`: they go with the message being sent.
   */
  take(files?: ArrayLike<File> | false): WidgetAttachment[];
}

const TRAY_CSS = `.fd-tray{list-style:none;margin:0;padding:8px 12px 0;display:flex;flex-direction:column;gap:6px;max-height:172px;overflow:auto}
.fd-tray:not(:has(li)){display:none}.fd-file{display:flex;align-items:center;gap:8px;font-size:13px}
.fd-file img,.fd-doc{width:40px;height:40px;object-fit:cover;border-radius:6px;flex:none;border:1px solid var(--fd-line);box-sizing:border-box}
.fd-doc{display:grid;place-items:center;font-size:18px;background:var(--fd-soft)}.fd-file .fd-name{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.fd-file .fd-size{color:var(--fd-muted);flex:none}.fd-file progress{width:64px}.fd-refused .fd-note,.fd-failed .fd-note{color:#b3261e}`;

interface Item {
  file: File;
  row: HTMLLIElement;
  state: 'uploading' | 'ready' | 'failed' | 'refused';
  uploaded?: WidgetAttachment;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export function createTray(context: TrayContext): Tray {
  const strings = { ...attachStrings, ...context.strings };
  const { limits } = context;
  const root = element('ul', { className: 'fd-tray' });
  root.setAttribute('aria-label', strings.attach);
  const items: Item[] = [];
  const inputs = [false, true].map((camera) => {
    const input = element('input', { type: 'file', hidden: true, multiple: !camera });
    input.accept = camera ? 'image/*' : limits.types.join(',');
    if (camera) input.setAttribute('capture', 'environment');
    input.onchange = () => {
      add(input.files ?? []);
      input.value = '';
    };
    return input;
  });
  root.append(element('style', { textContent: TRAY_CSS }), ...inputs);
  // Phones: the camera, straight away (the file picker above offers the gallery).
  if (matchMedia('(pointer: coarse)').matches) {
    const camera = element('button', {
      type: 'button',
      className: 'fd-choice fd-camera',
      textContent: `📷 ${strings.attachCamera}`,
      onclick: () => inputs[1]?.click(),
    });
    const row = element('li');
    row.append(camera);
    root.append(row);
  }

  const changed = () => context.onChange(items.filter((item) => item.state === 'ready').length);
  function remove(item: Item) {
    items.splice(items.indexOf(item), 1);
    item.row.remove();
    changed();
  }

  function draw(item: Item, note: string, progress?: number) {
    const { row, file } = item;
    row.className = `fd-file fd-${item.state}`;
    row.replaceChildren();
    if (file.type.startsWith('image/') && item.state !== 'refused') {
      const image = element('img', { src: URL.createObjectURL(file), alt: file.name });
      image.onload = () => URL.revokeObjectURL(image.src);
      row.append(image);
    } else {
      // Any other file: an icon in the thumbnail's place, so the names line up.
      row.append(element('span', { className: 'fd-doc', textContent: '📄' }));
    }
    row.append(
      element('span', { className: 'fd-name', textContent: file.name || 'file' }),
      element('span', { className: 'fd-size', textContent: fileSize(file.size) }),
    );
    if (progress !== undefined) row.append(element('progress', { max: 1, value: progress }));
    if (note) row.append(element('span', { className: 'fd-note', textContent: note }));
    if (item.state === 'failed') {
      row.append(
        element('button', {
          type: 'button',
          className: 'fd-link',
          textContent: strings.attachRetry,
          onclick: () => void upload(item),
        }),
      );
    }
    const close = element('button', {
      type: 'button',
      className: 'fd-icon',
      textContent: '✕',
      title: strings.attachRemove,
      onclick: () => remove(item),
    });
    close.setAttribute('aria-label', `${strings.attachRemove} ${file.name}`);
    row.append(close);
  }

  async function upload(item: Item) {
    item.state = 'uploading';
    draw(item, '', 0);
    changed();
    try {
      const sending = uploadFile(context.serverUrl, await context.token(), item.file, (fraction) => {
        const bar = item.row.querySelector('progress');
        if (bar) bar.value = fraction;
      });
      item.uploaded = await sending.done;
      context.local?.set(item.uploaded.id, item.file);
      item.state = 'ready';
      draw(item, '');
    } catch (error) {
      const failure = error as UploadFailure;
      // The server's 400 names what is wrong and retrying cannot help; a lost connection can.
      item.state =
        failure.status >= 400 && failure.status < 500 && failure.status !== 401 && failure.status !== 429
          ? 'refused'
          : 'failed';
      draw(item, failure.status >= 400 && failure.message ? failure.message : strings.attachFailed);
    }
    changed();
  }

  const pick = (camera = false) => inputs[camera ? 1 : 0]?.click();

  function add(files: Iterable<File>) {
    for (const file of files) {
      const item: Item = { file, row: element('li'), state: 'refused' };
      items.push(item);
      root.append(item.row);
      const waiting = items.filter((other) => other.state !== 'refused').length;
      if (file.size > limits.maxBytes) {
        draw(item, fill(strings.attachTooLarge, { max: Math.round(limits.maxBytes / 1048576) }));
      } else if (file.type && !limits.types.includes(file.type)) {
        draw(item, strings.attachType);
      } else if (waiting >= limits.maxFiles) {
        draw(item, fill(strings.attachTooMany, { max: limits.maxFiles }));
      } else {
        void upload(item);
      }
    }
    changed();
  }

  return {
    root,
    pick,
    add,
    take(files) {
      if (files !== false) {
        // An empty list (a drop of text, a paste of words) is nothing to attach.
        if (files) add(Array.from(files));
        else pick();
        return [];
      }
      const ready = items.filter((item) => item.state === 'ready');
      for (const item of ready) remove(item);
      return ready.map((item) => item.uploaded as WidgetAttachment);
    },
  };
}
