/**
 * Puts the widget on a page: the loader. It draws the launcher in a shadow root and answers the
 * JavaScript API at once, but loads the panel (Preact and the chat) only on the first hover, focus
 * or click of the launcher, or once the page is idle. Nothing is stored and no visitor session is
 * opened before the visitor uses the chat, unless they used it before or the site asks (`eager`).
 */
import type { WidgetEventName } from './chat-state.js';
import { createChunks } from './chunks.js';
import { isRightToLeft, LAUNCHER_LABELS, pickLanguage } from './languages.js';
import { createLauncher } from './launcher.js';
import css from './loader.css?inline';
import type { WidgetOptions, WidgetUser } from './options.js';
import type { PanelHandle } from './panel-entry.js';
import { createStorage, storageKeyOf } from './storage.js';
import type { Teaser } from './teaser.js';

/** The JavaScript API of a mounted widget (`window.Frontdesk` for the script tag). */
export interface FrontdeskWidget {
  open(): void;
  close(): void;
  toggle(): void;
  /** Tell the widget who the visitor is; `userHash` from your server when identities are verified. */
  identify(user: WidgetUser): Promise<void>;
  /** Forget the visitor (e.g. on sign-out): a new anonymous session, no conversation. */
  reset(): Promise<void>;
  /** `open`, `close`, `message` ({role, text}), `ticket-created` (the ticket); returns an unsubscribe function. */
  on(event: WidgetEventName, handler: (payload?: unknown) => void): () => void;
  /** Removes the widget from the page. */
  destroy(): void;
  /** Shows `text` as a greeting next to the launcher (until the visitor opens the chat or closes it). */
  showTeaser(text: string): void;
  /** Resolves once the panel is loaded and, when a session was started, it is open and its conversation loaded. */
  readonly ready: Promise<void>;
}

type Handler = (payload?: unknown) => void;

const warn = (error: unknown) => console.warn((error as Error).message);

/** Runs `task` when the page has loaded and the main thread is idle. */
function whenIdle(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1500);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Mounts the launcher; the panel follows on demand. */
export function mountWidget(options: WidgetOptions): FrontdeskWidget {
  const host = document.createElement('div');
  host.setAttribute('data-frontdesk-widget', options.botId);
  if (options.inline) host.style.cssText = 'display:block;height:100%';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  const slot = document.createElement('div');
  slot.style.display = 'contents';
  root.append(slot);
  shadow.append(style, root);
  (options.container ?? document.body).append(host);

  // Reading is fine before any interaction; only the panel's controller writes.
  const storage = createStorage(storageKeyOf(options));
  const saved = storage.load();
  const language = pickLanguage(
    options.locale,
    saved.settings?.locale,
    document.documentElement.lang,
    ...navigator.languages,
  );
  const chunks = createChunks(options.serverUrl);
  const handlers = new Map<WidgetEventName, Set<Handler>>();
  let panel: PanelHandle | undefined;
  let loading: Promise<PanelHandle> | undefined;
  let destroyed = false;

  function load(): Promise<PanelHandle> {
    // A language that fails to load leaves the chat in English rather than without a chat.
    loading ??= Promise.all([chunks.panel(), chunks.strings(language).catch(() => ({}))]).then(
      ([startPanel, strings]) => {
        if (destroyed) throw new Error('Frontdesk: the widget was removed.');
        panel = startPanel({
          options,
          storage,
          shadow,
          slot,
          launcher: launcher.button,
          paint: launcher.paint,
          language,
          strings,
          loadStrings: chunks.strings,
          chunks,
          emit(name, payload) {
            for (const handler of handlers.get(name) ?? []) handler(payload);
          },
        });
        return panel;
      },
      (error) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  }
  const later = (task: (panel: PanelHandle) => unknown) => void load().then(task).catch(warn);
  const preload = () => void load().catch(warn);

  const launcher = createLauncher(root, Boolean(options.inline), () =>
    panel ? panel.toggle() : later((loaded) => loaded.open()),
  );
  const theme = { ...saved.settings, ...options.theme };
  launcher.paint({
    open: false,
    label: options.launcherLabel ?? saved.settings?.launcherLabel ?? LAUNCHER_LABELS[language],
    closeLabel: '',
    unread: 0,
    unreadLabel: '',
    color: theme.primaryColor ?? '#1f5fd6',
    position: theme.position ?? 'right',
    mode: theme.mode ?? 'auto',
    language,
    rtl: isRightToLeft(language),
  });
  launcher.button.addEventListener('pointerenter', preload, { once: true });
  launcher.button.addEventListener('focus', preload, { once: true });
  // At once for an inline chat or a page that opens the chat; otherwise once the page is idle
  // (a returning visitor's or an eager site's session starts then, for the unread badge).
  let teasing: Promise<Teaser> | undefined;
  const teaser = () =>
    (teasing ??= chunks
      .teaser()
      .then((start) => start({ root, options, open: () => later((p) => p.open()) })));
  if (options.inline || options.open) preload();
  else
    whenIdle(() => {
      preload();
      teaser().catch(warn);
    });

  return {
    open: () => later((loaded) => loaded.open()),
    close: () => panel?.close(),
    toggle: () => later((loaded) => loaded.toggle()),
    async identify(user) {
      if (panel) return panel.identify(user);
      options.user = user;
    },
    async reset() {
      if (panel) return panel.reset();
      storage.clear();
      delete options.user;
    },
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set);
      set.add(handler);
      return () => set.delete(handler);
    },
    destroy() {
      destroyed = true;
      panel?.destroy();
      host.remove();
    },
    showTeaser: (text) => void teaser().then((shown) => shown.show(text), warn),
    get ready() {
      return load().then((loaded) => loaded.ready());
    },
  };
}
