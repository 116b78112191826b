/** The host's wiring around a runtime: the channels that are on, their delivery ports, and the HTTP app. */

import type { DeliveryPort } from '@frontdesk/core';
import type { RequestHandler } from '@frontdesk/http/app-dependencies';
import type { AppEnv } from '@frontdesk/http/app-env';
import type { Runtime } from '@frontdesk/services/runtime/runtime';
import { createWebDelivery } from '@frontdesk/web/web-delivery';
import { createWidgetApi, type WidgetApi } from '@frontdesk/web/widget-api';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { createSlackChannel } from './channels/slack.js';
import { createTeamsChannel } from './channels/teams.js';

/** A channel adapter as the host sees it: a request handler, a delivery port, background work to finish. */
export type ChannelAdapter = RequestHandler & Partial<DeliveryPort> & { close?(): Promise<void> };

export interface ComposeOptions {
  /** In place of the adapter built from SLACK_* settings (tests); `undefined` keeps the settings' choice. */
  slack?: ChannelAdapter;
  /** In place of the adapter built from MICROSOFT_* settings (tests). */
  teams?: ChannelAdapter;
}

export interface ComposedApp {
  app: Hono<AppEnv>;
  /** The web channel (the widget's API and delivery port). */
  widget: WidgetApi;
  slack?: ChannelAdapter | undefined;
  teams?: ChannelAdapter | undefined;
  /** Lets acknowledged Slack and Teams requests finish their answers; the runtime closes after. */
  closeChannels(): Promise<void>;
}

/** Opens the channels the settings turn on, registers their delivery ports and builds the app. */
export function composeApp(runtime: Runtime, options: ComposeOptions = {}): ComposedApp {
  const slack = options.slack ?? createSlackChannel(runtime);
  const teams = options.teams ?? createTeamsChannel(runtime);
  const widget = createWidgetApi({
    ...runtime,
    publicUrl: runtime.settings.publicUrl,
    addressLimits: runtime.settings.rateLimits.length > 0,
    // On the runtime's bus, so a widget stream on this instance hears what another one delivers.
    delivery: createWebDelivery(() => runtime.clock.now(), runtime.bus),
  });
  runtime.registerDeliveryPort(widget.delivery);
  for (const adapter of [slack, teams]) {
    if (adapter?.channel && adapter.deliver) {
      runtime.registerDeliveryPort({ channel: adapter.channel, deliver: adapter.deliver.bind(adapter) });
    }
  }
  const app = createApp({ ...runtime, slack, teams }, widget);
  return {
    app,
    widget,
    slack,
    teams,
    async closeChannels() {
      await slack?.close?.();
      await teams?.close?.();
    },
  };
}
