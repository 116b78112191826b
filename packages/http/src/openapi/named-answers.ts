/**
 * The answers many routes share get a name: in the document they are `#/components/schemas/<name>`,
 * so a reader (or a client generator) sees one `Bot` or `Ticket` type instead of a copy per route.
 * Routes still declare their answers with the zod schemas; this only replaces each copy's JSON
 * Schema, where it is exactly the named one, by a reference.
 */
import {
  connectorViewSchema,
  conversationRowSchema,
  deskMessageSchema,
  groupSchema,
  integrationViewSchema,
  memberSchema,
  roleSchema,
  staffReplyViewSchema,
  ticketDetailsSchema,
  ticketRowSchema,
  ticketWithMessagesSchema,
  tokenSchema,
  widgetMessageSchema,
  workspaceSchema,
} from '@frontdesk/core/wire';
import { botSchema, sessionSchema } from '../routes/admin/bot-docs.js';
import { type JsonObject, schema } from './helpers.js';

const NAMED = {
  Bot: botSchema,
  BotSession: sessionSchema,
  Ticket: ticketRowSchema,
  TicketWithMessages: ticketWithMessagesSchema,
  TicketDetails: ticketDetailsSchema,
  Conversation: conversationRowSchema,
  Message: deskMessageSchema,
  StaffReply: staffReplyViewSchema,
  Integration: integrationViewSchema,
  Connector: connectorViewSchema,
  Token: tokenSchema,
  Workspace: workspaceSchema,
  Member: memberSchema,
  Role: roleSchema,
  Group: groupSchema,
  WidgetMessage: widgetMessageSchema,
};

/** Each name's JSON Schema (as answers carry it) and the reference that replaces it. */
const named = Object.entries(NAMED).map(([name, type]) => {
  const json = schema(type, 'output');
  return { name, json, text: JSON.stringify(json), ref: { $ref: `#/components/schemas/${name}` } };
});

/** `node` with every exact copy of a named schema below it replaced by its reference. */
function referenced(node: unknown, skip?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => referenced(item));
  if (!node || typeof node !== 'object') return node;
  const text = JSON.stringify(node);
  const match = named.find((entry) => entry.text === text && entry.name !== skip);
  if (match) return match.ref;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, referenced(value)]));
}

/** `others` and the named schemas, referring to one another (a ticket's messages are `Message`s). */
export function withNamedAnswers(others: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.entries(others).map(([name, json]) => [name, referenced(json, name)])),
    ...Object.fromEntries(named.map(({ name, json }) => [name, referenced(json, name)])),
  };
}

/** `paths` with the answers (not the request bodies) referring to the named schemas. */
export function referenceNamedAnswers(paths: Record<string, JsonObject>): Record<string, JsonObject> {
  return Object.fromEntries(
    Object.entries(paths).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods).map(([method, operation]) => {
          const { responses, ...rest } = operation as JsonObject;
          return [method, { ...rest, responses: referenced(responses) }];
        }),
      ),
    ]),
  );
}
