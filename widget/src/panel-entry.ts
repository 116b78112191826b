/**
 * The panel chunk: the chat controller and the Preact UI, started by the loader (mount.ts) with
 * the shadow root it drew. As a script-tag chunk it registers itself on `self.__frontdesk.panel`.
 */
import { h, render } from 'preact';
import { type ApiClient, createApiClient } from './api-client.js';
import { App } from './app.js';
import type { Tray } from './attach-entry.js';
import { createChatController } from './chat-controller.js';
import type { WidgetEventName } from './chat-state.js';
import type { Chunks } from './chunks.js';
import type { Strings } from './i18n.js';
import { isRightToLeft, type Language, pickLanguage } from './languages.js';
import type { LauncherView } from './launcher.js';
import type { WidgetOptions, WidgetUser } from './options.js';
import type { Storage } from './storage.js';
import css from './styles.css?inline';

export interface PanelContext {
  options: WidgetOptions;
  storage: Storage;
  /** The shadow root the panel adds its styles to. */
  shadow: ParentNode;
  /** Where the panel renders, inside the loader's `.fd-root`. */
  slot: HTMLElement;
  launcher: HTMLButtonElement;
  paint(view: LauncherView): void;
  language: Language;
  /** The texts of `language` (empty for English). */
  strings: Partial<Strings>;
  loadStrings(language: Language): Promise<Partial<Strings>>;
  /** The lazily loaded parts, e.g. the attachment tray. */
  chunks: Chunks;
  emit(name: WidgetEventName, payload?: unknown): void;
  /** Tests pass a fake; by default the widget API of `options.serverUrl`. */
  api?: ApiClient;
}

export interface PanelHandle {
  open(): void;
  close(): void;
  toggle(): void;
  identify(user: WidgetUser): Promise<void>;
  reset(): Promise<void>;
  destroy(): void;
  /** Resolves when a started session is ready (at once when none was started). */
  ready(): Promise<void>;
}

export type StartPanel = (context: PanelContext) => PanelHandle;

export const startPanel: StartPanel = (context) => {
  const { options, storage, slot } = context;
  const style = document.createElement('style');
  style.textContent = css;
  context.shadow.prepend(style);
  const api = context.api ?? createApiClient(options.serverUrl);
  let tray: Promise<Tray> | undefined;
  const controller = createChatController(options, api, storage, context.emit, async () =>
    tray ? (await tray).take(false) : [],
  );
  let language = context.language;
  let strings = context.strings;
  /** The attachment chunk: the tray, and the thumbnails of files in the transcript. Loaded once. */
  const loadTray = () =>
    (tray ??= context.chunks.attach().then((startTray) => startTray(controller, options, strings, slot)));
  /** Files from the 📎 button (none: the picker opens), a drop or a paste; the tray loads on first use. */
  const attach = (files?: FileList) => {
    if (controller.state.get().settings?.attachments) void loadTray().then((loaded) => loaded.take(files));
  };

  const draw = () =>
    render(
      h(App, {
        controller,
        options,
        language,
        strings,
        attach,
        launcher: context.launcher,
        paint: (view: Omit<LauncherView, 'language' | 'rtl'>) =>
          context.paint({ ...view, language, rtl: isRightToLeft(language) }),
      }),
      slot,
    );
  draw();

  // The bot's language wins over the page's and the browser's, unless the site named one. The
  // switch happens once its texts are here, so direction and texts change together.
  let pending: Language | undefined;
  controller.state.subscribe((state) => {
    // The visitor's files in the transcript (e.g. after a reload) are drawn by the attachment chunk.
    if (state.messages.some((message) => message.attachments?.length)) void loadTray();
    const wanted = pickLanguage(options.locale, state.settings?.locale, language);
    if (wanted === language || wanted === pending) return;
    pending = wanted;
    void context
      .loadStrings(wanted)
      .catch(() => ({}))
      .then((loaded) => {
        if (pending !== wanted) return;
        pending = undefined;
        language = wanted;
        strings = loaded;
        draw();
      });
  });

  const start = () => controller.start();
  if (options.inline) {
    // Always shown; the session starts when the visitor first touches or focuses it.
    controller.state.set({ open: true });
    slot.addEventListener('focusin', () => void start(), { once: true });
    slot.addEventListener('pointerdown', () => void start(), { once: true });
  }
  if (storage.load().token || options.eager || options.open) void start();
  if (options.open) controller.open();

  return {
    open: () => controller.open(),
    close: () => controller.close(),
    toggle: () => (controller.state.get().open ? controller.close() : controller.open()),
    identify: (user) => controller.identify(user),
    reset: () => controller.reset(),
    destroy() {
      controller.close();
      render(null, slot);
    },
    ready: () => controller.starting() ?? Promise.resolve(),
  };
};

// As a script-tag chunk: registered under this script's URL, where the loader looks for it.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const global = self as { __frontdesk?: Record<string, unknown> };
  global.__frontdesk ??= {};
  global.__frontdesk[script.src] = startPanel;
}
