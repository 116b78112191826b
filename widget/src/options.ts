/** The widget's options: from `data-*` attributes, `window.FrontdeskSettings`, or the ES module call. */
import type { WidgetPublicSettings, WidgetSessionRequest } from '@frontdesk/core/wire';
import type { Strings } from './i18n.js';

export type WidgetUser = NonNullable<WidgetSessionRequest['user']>;

export interface WidgetOptions {
  /** The bot to talk to (`data-bot`). */
  botId: string;
  /** The Frontdesk server, e.g. `https://help.example.com`; the script tag's own origin by default. */
  serverUrl: string;
  /** Only for servers with several workspaces (`data-workspace`). */
  workspaceId?: string;
  /**
   * The widget's language (`data-lang`, or `data-locale`): en, de, fr, es, pt, it, nl, ja, ar or he.
   * Default: the bot's language, then the page's `lang`, then the browser's languages.
   */
  locale?: string;
  /** The token of a link from a staff-reply e-mail (the server's demo page sets it): reopens that conversation. */
  resume?: string;
  /** Replace any text of the widget. */
  strings?: Partial<Strings>;
  /** Override the bot's theme and texts for this page. */
  theme?: Partial<Pick<WidgetPublicSettings, 'primaryColor' | 'position' | 'mode'>>;
  title?: string;
  greeting?: string;
  placeholder?: string;
  launcherLabel?: string;
  /** A signed-in user of the site; `userHash` when the bot verifies identities. */
  user?: WidgetUser;
  /** Open the panel once loaded. */
  open?: boolean;
  /**
   * Start the visitor session (and write the widget's storage) at once instead of on the
   * visitor's first interaction (`data-eager`). Off by default, which suits consent banners.
   */
  eager?: boolean;
  /** False (`data-launcher="false"`): no floating widget, only `<frontdesk-chat>` elements. */
  launcher?: boolean;
  /** Embedded in its container instead of floating (set by `<frontdesk-chat>`). */
  inline?: boolean;
  /** Questions offered on the empty panel; the bot's `suggestedQuestions` by default. */
  suggestedQuestions?: string[];
  /** Where the widget's host element goes; `document.body` by default. */
  container?: HTMLElement;
}

const TEXT_ATTRIBUTES = ['title', 'greeting', 'placeholder', 'launcherLabel', 'locale', 'resume'] as const;

/** Options for the script tag: `window.FrontdeskSettings` first, `data-*` attributes win. */
export function optionsFromScript(
  script: HTMLScriptElement | null,
  settings: Partial<WidgetOptions> = {},
): WidgetOptions {
  const data = script?.dataset ?? {};
  const src = script?.src ? new URL(script.src, location.href) : new URL(location.href);
  const options: WidgetOptions = {
    ...settings,
    botId: data.bot ?? settings.botId ?? 'demo',
    serverUrl: (data.server ?? settings.serverUrl ?? src.origin).replace(/\/+$/, ''),
  };
  if (data.workspace) options.workspaceId = data.workspace;
  for (const key of TEXT_ATTRIBUTES) {
    const value = data[key];
    if (value) options[key] = value;
  }
  const theme = { ...settings.theme };
  if (data.color) theme.primaryColor = data.color;
  if (data.position === 'left' || data.position === 'right') theme.position = data.position;
  if (data.mode === 'light' || data.mode === 'dark' || data.mode === 'auto') theme.mode = data.mode;
  options.theme = theme;
  if (data.lang) options.locale = data.lang;
  if (data.open === 'true') options.open = true;
  if (data.eager === 'true') options.eager = true;
  if (data.launcher === 'false') options.launcher = false;
  return options;
}
