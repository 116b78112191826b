/** The embed snippet and the preview address for a bot's widget, from the form's values. */

export interface WidgetDraft {
  primaryColor: string;
  position: 'right' | 'left';
  mode: 'light' | 'dark' | 'auto';
  title: string;
  greeting: string;
  locale: string;
}

/** The `<script>` tag a site pastes before `</body>`; only the options that differ from the bot's are set. */
export function embedSnippet(serverUrl: string, botId: string, locale: string): string {
  const attributes = [`src="${serverUrl}/widget.js"`, `data-bot="${botId}"`];
  if (locale) attributes.push(`data-locale="${locale}"`);
  return `<script ${attributes.join(' ')} async></script>`;
}

/** `/console/preview?…`: a page of this server showing the real widget with the unsaved values. */
export function previewHref(botId: string, draft: WidgetDraft): string {
  const params = new URLSearchParams({
    bot: botId,
    color: draft.primaryColor,
    position: draft.position,
    mode: draft.mode,
  });
  if (draft.title) params.set('title', draft.title);
  if (draft.greeting) params.set('greeting', draft.greeting);
  if (draft.locale) params.set('locale', draft.locale);
  return `/console/preview?${params}`;
}
