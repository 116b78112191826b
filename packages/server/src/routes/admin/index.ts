/** Mounts the administration routes (bots, sessions) on the app, behind the `/v1` token check. */
import type { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { botRoutes } from './bots.js';
import { sessionRoutes } from './sessions.js';

/** Adds `/v1/bots` (admin part) and `/v1/sessions` to `app`. */
export function mountAdminRoutes(app: Hono<AppEnv>, deps: AppDependencies): void {
  app.route('/v1/bots', botRoutes(deps));
  app.route('/v1/sessions', sessionRoutes(deps));
}
