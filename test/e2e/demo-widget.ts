// The demo bot's widget settings as tests change them before they start.
import type { WidgetSettings } from '@frontdesk/core';
import type { TestServer } from './harness.js';

/** Attachments as the widget browser tests allow them: PNG and PDF, up to three files of 1 MiB. */
export const PNG_AND_PDF: WidgetSettings['attachments'] = {
  enabled: true,
  maxBytes: 1024 * 1024,
  maxFiles: 3,
  types: ['image/png', 'application/pdf'],
};

/** Merges `changes` into the demo bot's widget settings. */
export async function changeDemoWidget(server: TestServer, changes: Partial<WidgetSettings>): Promise<void> {
  const demo = (await server.store.getBot('ws_default', 'demo'))!;
  await server.saveBot({
    id: 'demo',
    settings: { ...demo.settings, widget: { ...demo.settings.widget, ...changes } },
  });
}
