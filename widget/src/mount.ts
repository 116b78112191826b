/** Puts the widget on a page: a host element with an open shadow root, the styles, and the app. */
import { h, render } from 'preact';
import { createApiClient } from './api-client.js';
import { App } from './app.js';
import { type ChatController, createChatController } from './chat-controller.js';
import type { WidgetEventName } from './chat-state.js';
import { en } from './i18n.js';
import type { WidgetOptions, WidgetUser } from './options.js';
import { createStorage } from './storage.js';
import css from './styles.css?inline';

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
  /** Resolves once the session is open and a saved conversation is loaded. */
  ready: Promise<void>;
}

/** Mounts the widget and starts its session. */
export function mountWidget(options: WidgetOptions): FrontdeskWidget {
  const host = document.createElement('div');
  host.setAttribute('data-frontdesk-widget', options.botId);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  (options.container ?? document.body).append(host);

  const storageKey = `${options.serverUrl}|${options.workspaceId ?? ''}|${options.botId}`;
  const controller: ChatController = createChatController(
    options,
    createApiClient(options.serverUrl),
    createStorage(storageKey),
  );
  render(h(App, { controller, strings: en, options }), container);
  return {
    open: () => controller.open(),
    close: () => controller.close(),
    toggle: () => (controller.state.get().open ? controller.close() : controller.open()),
    identify: (user) => controller.identify(user),
    reset: () => controller.reset(),
    on: (event, handler) => controller.on(event, handler),
    destroy() {
      controller.close();
      render(null, container);
      host.remove();
    },
    ready: controller.start(),
  };
}
