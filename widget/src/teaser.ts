/**
 * The teaser (a tiny chunk the loader fetches once the page is idle): a greeting next to the
 * launcher, from the bot's rules (page URL pattern, seconds on the page) or `Frontdesk.showTeaser`.
 * It opens no session and stores nothing; a click opens the chat, ✕ puts it away for this page.
 */
import type { WidgetTeaser } from '@frontdesk/core/wire';
import type { WidgetOptions } from './options.js';

export interface TeaserContext {
  /** The loader's `.fd-root`: the teaser sits above its launcher. */
  root: HTMLElement;
  options: WidgetOptions;
  open(): void;
}

export interface Teaser {
  show(text: string): void;
}

const CSS = `.fd-teaser{position:absolute;bottom:70px;inset-inline-end:0;display:flex;align-items:flex-start;width:280px;background:var(--fd-bg);color:var(--fd-fg);border:1px solid var(--fd-line);border-radius:12px;box-shadow:0 4px 14px rgba(0,0,0,.25);animation:fd-in .2s ease-out}
.fd-left .fd-teaser{inset-inline:0 auto}.fd-teaser button{background:none;border:0;color:inherit;text-align:start;padding:10px 12px}
.fd-teaser .fd-say{flex:1}.fd-teaser .fd-x{padding:6px 10px;color:var(--fd-muted)}@keyframes fd-in{from{opacity:0;transform:translateY(6px)}}`;

/** The ✕'s label in the launcher's language (`root.lang`). */
const CLOSE: Record<string, string> = {
  de: 'Schließen',
  fr: 'Fermer',
  es: 'Cerrar',
  pt: 'Fechar',
  it: 'Chiudi',
  nl: 'Sluiten',
  ja: '閉じる',
  ar: 'إغلاق',
  he: 'סגירה',
};

/** `*` matches anything; a pattern that starts with `/` is matched against the path only. */
export function urlMatches(pattern: string | undefined, url: URL): boolean {
  if (!pattern) return true;
  const target = pattern.startsWith('/') ? url.pathname : url.href;
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(target);
}

export function startTeaser(context: TeaserContext): Teaser {
  const { root, options } = context;
  let shown: HTMLElement | undefined;
  // Once the visitor opened the chat or put the teaser away, this page shows no more.
  let done = false;
  const finish = () => {
    done = true;
    shown?.remove();
  };
  root.querySelector('.fd-launcher')?.addEventListener('click', finish);

  function show(text: string) {
    if (done || root.classList.contains('fd-open')) return;
    shown?.remove();
    const box = document.createElement('div');
    box.className = 'fd-teaser';
    box.setAttribute('role', 'status');
    const say = document.createElement('button');
    say.className = 'fd-say';
    say.textContent = text;
    say.onclick = () => {
      finish();
      context.open();
    };
    const close = document.createElement('button');
    close.className = 'fd-x';
    close.textContent = '✕';
    close.setAttribute('aria-label', options.strings?.close ?? CLOSE[root.lang] ?? 'Close');
    close.onclick = finish;
    const style = document.createElement('style');
    style.textContent = CSS;
    box.append(style, say, close);
    root.prepend(box);
    shown = box;
  }

  const query = `botId=${encodeURIComponent(options.botId)}${
    options.workspaceId ? `&workspaceId=${encodeURIComponent(options.workspaceId)}` : ''
  }`;
  void fetch(`${options.serverUrl}/widget/v1/teasers?${query}`)
    .then((response) => (response.ok ? response.json() : { data: { teasers: [] } }))
    .then((body: { data: { teasers: WidgetTeaser[] } }) => {
      const page = new URL(location.href);
      const rule = body.data.teasers.find((teaser) => urlMatches(teaser.url, page));
      if (rule) setTimeout(() => show(rule.text), rule.afterSeconds * 1000);
    })
    .catch(() => {});
  return { show };
}

// As a script-tag chunk: registered under this script's URL, where the loader looks for it.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const global = self as { __frontdesk?: Record<string, unknown> };
  global.__frontdesk ??= {};
  global.__frontdesk[script.src] = startTeaser;
}
