/** The launcher button, its unread badge and the preview of a closed chat's latest message: plain DOM. */
import { readableOn } from './contrast.js';

/** Everything the loader paints; the panel chunk sends a new view whenever its state changes. */
export interface LauncherView {
  open: boolean;
  label: string;
  closeLabel: string;
  unread: number;
  unreadLabel: string;
  preview?: string | undefined;
  color: string;
  position: 'left' | 'right';
  mode: 'light' | 'dark' | 'auto';
  language: string;
  rtl: boolean;
}

const CHAT_ICON = 'M4 4h16v12H7l-3 3zm4 5h8v2H8zm0-3h8v2H8z';
const CLOSE_ICON = 'M7 10l5 5 5-5z';

export interface Launcher {
  button: HTMLButtonElement;
  paint(view: LauncherView): void;
}

/** Builds the launcher into `root` (the widget's `.fd-root` inside its shadow root). */
export function createLauncher(root: HTMLElement, inline: boolean, onActivate: () => void): Launcher {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fd-launcher';
  button.innerHTML =
    '<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path fill="currentColor"/></svg>';
  const icon = button.querySelector('path') as SVGPathElement;
  const badge = document.createElement('span');
  badge.className = 'fd-badge';
  badge.setAttribute('role', 'status');
  const preview = document.createElement('button');
  preview.type = 'button';
  preview.className = 'fd-preview';
  button.addEventListener('click', onActivate);
  preview.addEventListener('click', onActivate);
  if (!inline) root.append(button);

  return {
    button,
    paint(view) {
      const classes = `fd-root fd-${view.position} fd-mode-${view.mode}`;
      root.className = `${classes}${view.open ? ' fd-open' : ''}${inline ? ' fd-inline' : ''}`;
      root.style.setProperty('--fd-primary', view.color);
      root.style.setProperty('--fd-on-primary', readableOn(view.color));
      root.dir = view.rtl ? 'rtl' : 'ltr';
      root.lang = view.language;
      button.setAttribute('aria-expanded', String(view.open));
      button.setAttribute('aria-label', view.open ? view.closeLabel : view.label);
      icon.setAttribute('d', view.open ? CLOSE_ICON : CHAT_ICON);
      badge.textContent = String(view.unread);
      badge.setAttribute('aria-label', view.unreadLabel);
      if (view.unread > 0 && !view.open) button.append(badge);
      else badge.remove();
      preview.textContent = view.preview ?? '';
      if (view.preview && !inline) root.insertBefore(preview, button);
      else preview.remove();
    },
  };
}
