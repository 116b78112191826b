/** Mounts the administration routes on the app, behind the `/v1` token check. */

import type { RequestLogWriter } from '@frontdesk/services/request-log';
import type { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { botRoutes } from './bots.js';
import { groupRoutes } from './groups.js';
import { integrationTypeRoutes } from './integration-types.js';
import { logRoutes } from './logs.js';
import { memberRoutes } from './members.js';
import { permissionRoutes, roleRoutes } from './roles.js';
import { sessionRoutes } from './sessions.js';
import { meRoutes, tokenRoutes } from './tokens.js';
import { workspaceRulesRoutes } from './workspace-rules.js';
import { workspaceRoutes } from './workspaces.js';

/** Adds bots (admin part), sessions, tokens, me, workspaces, members, roles, groups, permissions, logs, integration types. */
export function mountAdminRoutes(
  app: Hono<AppEnv>,
  deps: AppDependencies & { requestLog: RequestLogWriter },
): void {
  app.route('/v1/bots', botRoutes(deps));
  app.route('/v1/sessions', sessionRoutes(deps));
  app.route('/v1/tokens', tokenRoutes(deps));
  app.route('/v1/me', meRoutes(deps));
  app.route('/v1/workspaces', workspaceRoutes(deps));
  app.route('/v1/settings', workspaceRulesRoutes(deps));
  app.route('/v1/members', memberRoutes(deps));
  app.route('/v1/roles', roleRoutes(deps));
  app.route('/v1/groups', groupRoutes(deps));
  app.route('/v1/permissions', permissionRoutes());
  app.route('/v1/logs', logRoutes(deps));
  app.route('/v1/integrations/types', integrationTypeRoutes(deps));
}
