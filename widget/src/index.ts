/** `@frontdesk/widget` as an ES module: `mountWidget({ botId, serverUrl })` on your own page. */
export type { WidgetEventName } from './chat-state.js';
export type { Strings } from './i18n.js';
export { defineChatElement } from './inline-element.js';
export { type FrontdeskWidget, mountWidget } from './mount.js';
export type { WidgetOptions, WidgetUser } from './options.js';
