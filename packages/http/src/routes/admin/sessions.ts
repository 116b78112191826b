/** `/v1/sessions`: list and read bot sessions; open, pause, close or delete one. */
import { NotFoundError, type Session, withStatus } from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { sessionDocs } from './bot-docs.js';
import { readQuery } from './query.js';
import { listSessionsQuerySchema, sessionActions } from './schemas.js';
import { sessionView } from './views.js';

/** The routes under `/v1/sessions`. */
export function sessionRoutes(deps: Pick<AppDependencies, 'store' | 'clock'>): Hono<AppEnv> {
  const { store, clock } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<Session> {
    const session = await store.getSessionById(workspaceId, id);
    if (!session) throw new NotFoundError('No such session.');
    return session;
  }

  routes.get('/', sessionDocs.list, async (context) => {
    requirePermission(context, 'sessions', 'read');
    const query = readQuery(context, listSessionsQuerySchema);
    const sessions = await store.listSessions(context.get('token').workspaceId, query);
    return context.json({ success: true, data: sessions.map(sessionView) });
  });

  routes.get('/:id', sessionDocs.get, async (context) => {
    requirePermission(context, 'sessions', 'read');
    const session = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: sessionView(session) });
  });

  for (const action of sessionActions) {
    routes.post(`/:id/${action}`, sessionDocs.actions[action], async (context) => {
      requirePermission(context, 'sessions', 'write');
      const token = context.get('token');
      const session = await find(token.workspaceId, context.req.param('id'));
      const changed = withStatus(session, action, { by: `token:${token.id}`, now: clock.now() });
      await store.saveSession(changed);
      return context.json({ success: true, data: sessionView(changed) });
    });
  }

  routes.delete('/:id', sessionDocs.delete, async (context) => {
    requirePermission(context, 'sessions', 'write');
    const { workspaceId } = context.get('token');
    const session = await find(workspaceId, context.req.param('id'));
    await store.deleteSession(workspaceId, session.id);
    return context.json({ success: true, data: { id: session.id, deleted: true } });
  });
  return routes;
}
