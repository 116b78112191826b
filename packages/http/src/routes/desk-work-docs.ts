/** The OpenAPI operations of the desk's own records: internal notes, saved filters, canned replies. */
import { cannedReplyViewSchema, noteViewSchema, savedFilterViewSchema } from '@frontdesk/core/wire';
import { z } from 'zod';
import { describe, errorResponses, jsonBody, ok, oneErrors, writeErrors } from '../openapi/helpers.js';
import {
  createCannedReplySchema,
  noteSchema,
  savedFilterSchema,
  updateCannedReplySchema,
} from './desk-work-schemas.js';

const deleted = z.object({ id: z.string(), deleted: z.literal(true) });
const shortcutTaken = { '409': 'Another canned reply has this shortcut.' };

export const noteDocs = {
  list: describe({
    operationId: 'listConversationNotes',
    summary: "A conversation's internal notes, oldest first (staff only; never sent to the requester)",
    responses: { '200': ok('The notes.', z.array(noteViewSchema)), ...oneErrors() },
  }),
  create: describe({
    operationId: 'addConversationNote',
    summary: 'Add an internal note to a conversation; it is shown to staff only and never delivered',
    requestBody: jsonBody(noteSchema),
    responses: { '201': ok('The note.', noteViewSchema), ...writeErrors() },
  }),
};

export const savedFilterDocs = {
  list: describe({
    operationId: 'listSavedFilters',
    summary: "The caller's saved ticket filters, by name",
    responses: { '200': ok('The filters.', z.array(savedFilterViewSchema)), ...errorResponses() },
  }),
  create: describe({
    operationId: 'saveFilter',
    summary: 'Save a ticket filter under a name (saving a name again replaces it)',
    requestBody: jsonBody(savedFilterSchema),
    responses: { '201': ok('The saved filter.', savedFilterViewSchema), ...writeErrors() },
  }),
  delete: describe({
    operationId: 'deleteSavedFilter',
    summary: 'Delete one of the caller’s saved filters',
    responses: { '200': ok('Deleted.', deleted), ...oneErrors() },
  }),
};

export const cannedReplyDocs = {
  list: describe({
    operationId: 'listCannedReplies',
    summary: "The workspace's canned replies for staff, by shortcut",
    responses: { '200': ok('The replies.', z.array(cannedReplyViewSchema)), ...errorResponses() },
  }),
  create: describe({
    operationId: 'createCannedReply',
    summary: 'Create a canned reply',
    requestBody: jsonBody(createCannedReplySchema),
    responses: { '201': ok('Created.', cannedReplyViewSchema), ...writeErrors(shortcutTaken) },
  }),
  update: describe({
    operationId: 'updateCannedReply',
    summary: 'Change a canned reply',
    requestBody: jsonBody(updateCannedReplySchema),
    responses: { '200': ok('Changed.', cannedReplyViewSchema), ...writeErrors(shortcutTaken) },
  }),
  delete: describe({
    operationId: 'deleteCannedReply',
    summary: 'Delete a canned reply',
    responses: { '200': ok('Deleted.', deleted), ...oneErrors() },
  }),
};
