/** `<frontdesk-chat bot="…">`: the chat embedded in a page (a help page, say) instead of floating. */
import { type FrontdeskWidget, mountWidget } from './mount.js';
import type { WidgetOptions } from './options.js';

/**
 * Defines the element once. Attributes: `bot`, `server`, `workspace`, `lang`; anything unset
 * comes from `defaults` (for the script tag: its own `data-*` options). Give the element a height.
 */
export function defineChatElement(defaults: Partial<WidgetOptions> & { serverUrl: string }): void {
  if (customElements.get('frontdesk-chat')) return;
  customElements.define(
    'frontdesk-chat',
    class extends HTMLElement {
      widget?: FrontdeskWidget | undefined;
      connectedCallback() {
        if (this.widget) return;
        const attribute = (name: string) => this.getAttribute(name) ?? undefined;
        if (!this.style.display) this.style.display = 'block';
        const { open: _open, container: _container, ...rest } = defaults;
        const options: WidgetOptions = {
          ...rest,
          botId: attribute('bot') ?? defaults.botId ?? 'demo',
          serverUrl: (attribute('server') ?? defaults.serverUrl).replace(/\/+$/, ''),
          inline: true,
          container: this,
        };
        const workspace = attribute('workspace');
        const locale = attribute('lang');
        if (workspace) options.workspaceId = workspace;
        if (locale) options.locale = locale;
        this.widget = mountWidget(options);
      }
      disconnectedCallback() {
        this.widget?.destroy();
        this.widget = undefined;
      }
    },
  );
}
