/** The public surface of @frontdesk/server: the host that composes the runtime, the routes and the channels. */

export { createApp } from './app.js';
export type { AppDependencies } from './app-dependencies.js';
export { type ComposedApp, type ComposeOptions, composeApp } from './compose.js';
export { type RunningServer, type StartOptions, startServer } from './server.js';
