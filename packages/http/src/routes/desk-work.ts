/**
 * The desk's own records: `/v1/conversations/{id}/notes` (internal notes, never delivered),
 * `/v1/desk/saved-filters` (each caller's own) and `/v1/desk/canned-replies` (the workspace's).
 */
import type { CannedReply, ConversationNote, SavedFilter } from '@frontdesk/core';
import { NotFoundError } from '@frontdesk/core';
import type { CannedReplyView, NoteView, SavedFilterView } from '@frontdesk/core/wire';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readBody } from './admin-request.js';
import { findConversation, staffId } from './desk-access.js';
import { cannedReplyDocs, noteDocs, savedFilterDocs } from './desk-work-docs.js';
import {
  createCannedReplySchema,
  noteSchema,
  savedFilterSchema,
  updateCannedReplySchema,
} from './desk-work-schemas.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids'> & Partial<Pick<AppDependencies, 'deskEvents'>>;

const iso = (time: number) => new Date(time).toISOString();

/** A note as the API and `/v1/events` show it. */
export const noteView = (note: ConversationNote): NoteView => ({
  id: note.id,
  conversationId: note.conversationId,
  authorId: note.authorId,
  authorName: note.authorName,
  text: note.text,
  createdDate: iso(note.createdAt),
});

const filterView = (filter: SavedFilter): SavedFilterView => ({
  id: filter.id,
  name: filter.name,
  filter: filter.filter,
  createdDate: iso(filter.createdAt),
});

const replyView = (reply: CannedReply): CannedReplyView => ({
  id: reply.id,
  title: reply.title,
  shortcut: reply.shortcut,
  body: reply.body,
  language: reply.language,
  createdDate: iso(reply.createdAt),
  lastModifiedDate: iso(reply.updatedAt),
});

/** `/v1/conversations/{conversationId}/notes`: staff-only notes kept apart from the messages, so no channel gets them. */
export function noteRoutes({ store, clock, ids, deskEvents }: Deps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:conversationId/notes', noteDocs.list, async (context) => {
    requirePermission(context, 'conversations', 'read');
    const conversation = await findConversation(store, context);
    const notes = await store.listNotes(conversation.workspaceId, conversation.id);
    return context.json({ success: true, data: notes.map(noteView) });
  });
  routes.post('/:conversationId/notes', noteDocs.create, async (context) => {
    requirePermission(context, 'conversations', 'write');
    const conversation = await findConversation(store, context);
    const { text } = await readBody(context, noteSchema);
    const token = context.get('token');
    const member = token.memberId ? await store.getMember(token.workspaceId, token.memberId) : undefined;
    const note: ConversationNote = {
      id: ids.id('note'),
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      authorId: staffId(token),
      authorName: member?.name || member?.email || token.name,
      text,
      createdAt: clock.now(),
    };
    await store.addNote(note);
    // Other staff with the conversation open see it at once; only `/v1/events` (staff) hears it.
    deskEvents?.publish({ type: 'note-created', note });
    return context.json({ success: true, data: noteView(note) }, 201);
  });
  return routes;
}

/** `/v1/desk/saved-filters` and `/v1/desk/canned-replies`. */
export function deskWorkRoutes({ store, clock, ids }: Deps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/saved-filters', savedFilterDocs.list, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const token = context.get('token');
    const filters = await store.listFilters(token.workspaceId, staffId(token));
    return context.json({ success: true, data: filters.map(filterView) });
  });
  routes.post('/saved-filters', savedFilterDocs.create, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const token = context.get('token');
    const body = await readBody(context, savedFilterSchema);
    const saved = await store.saveFilter({
      id: ids.id('sf'),
      workspaceId: token.workspaceId,
      ownerId: staffId(token),
      name: body.name,
      filter: body.filter as Record<string, string>,
      createdAt: clock.now(),
    });
    return context.json({ success: true, data: filterView(saved) }, 201);
  });
  routes.delete('/saved-filters/:id', savedFilterDocs.delete, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const token = context.get('token');
    const id = context.req.param('id');
    if (!(await store.deleteFilter(token.workspaceId, staffId(token), id))) {
      throw new NotFoundError('No such saved filter.');
    }
    return context.json({ success: true, data: { id, deleted: true } });
  });

  routes.get('/canned-replies', cannedReplyDocs.list, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const replies = await store.listCannedReplies(context.get('token').workspaceId);
    return context.json({ success: true, data: replies.map(replyView) });
  });
  routes.post('/canned-replies', cannedReplyDocs.create, async (context) => {
    requirePermission(context, 'tickets', 'write');
    const body = await readBody(context, createCannedReplySchema);
    const now = clock.now();
    const reply: CannedReply = {
      id: ids.id('cr'),
      workspaceId: context.get('token').workspaceId,
      title: body.title,
      shortcut: body.shortcut,
      body: body.body,
      language: body.language ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await store.saveCannedReply(reply);
    return context.json({ success: true, data: replyView(reply) }, 201);
  });
  routes.patch('/canned-replies/:id', cannedReplyDocs.update, async (context) => {
    requirePermission(context, 'tickets', 'write');
    const existing = await store.getCannedReply(context.get('token').workspaceId, context.req.param('id'));
    if (!existing) throw new NotFoundError('No such canned reply.');
    const body = await readBody(context, updateCannedReplySchema);
    const changed: CannedReply = {
      ...existing,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.shortcut !== undefined ? { shortcut: body.shortcut } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.language !== undefined ? { language: body.language } : {}),
      updatedAt: clock.now(),
    };
    await store.saveCannedReply(changed);
    return context.json({ success: true, data: replyView(changed) });
  });
  routes.delete('/canned-replies/:id', cannedReplyDocs.delete, async (context) => {
    requirePermission(context, 'tickets', 'write');
    const id = context.req.param('id');
    if (!(await store.deleteCannedReply(context.get('token').workspaceId, id))) {
      throw new NotFoundError('No such canned reply.');
    }
    return context.json({ success: true, data: { id, deleted: true } });
  });
  return routes;
}
