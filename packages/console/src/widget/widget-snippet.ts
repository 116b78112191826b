/** The embed snippet and the preview address for a bot's widget, from the form's values. */

export interface WidgetDraft {
  primaryColor: string;
  position: 'right' | 'left';
  mode: 'light' | 'dark' | 'auto';
  title: string;
  launcherLabel: string;
  greeting: string;
  locale: string;
}

/** The `<script>` tag a site pastes before `</body>`; the look and language come from the bot's settings. */
export function embedSnippet(serverUrl: string, botId: string): string {
  return `<script src="${serverUrl}/widget.js" data-bot="${botId}" async></script>`;
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
  if (draft.launcherLabel) params.set('launcher', draft.launcherLabel);
  if (draft.greeting) params.set('greeting', draft.greeting);
  if (draft.locale) params.set('locale', draft.locale);
  return `/console/preview?${params}`;
}
