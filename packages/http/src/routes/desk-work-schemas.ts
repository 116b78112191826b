/** The zod schemas of the desk's own requests: internal notes, saved ticket filters and canned replies. */
import { savedFilterFieldsSchema } from '@frontdesk/core/wire';
import { z } from 'zod';

/** `POST /v1/conversations/{conversationId}/notes`. */
export const noteSchema = z.strictObject({ text: z.string().trim().min(1).max(10_000) });

/** `POST /v1/desk/saved-filters`: the current list filter under a name (the same name replaces it). */
export const savedFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  filter: savedFilterFieldsSchema,
});

/** A shortcut is typed after `/` in the reply box: letters, digits, `-` and `_`. */
const shortcut = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'Use letters, digits, - and _ only.')
  .transform((value) => value.toLowerCase());

/** A BCP 47-like tag: `en`, `de-CH`. */
const language = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag such as en or de-CH.');

/** `POST /v1/desk/canned-replies`. */
export const createCannedReplySchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  shortcut,
  body: z.string().trim().min(1).max(10_000),
  language: language.nullable().optional(),
});

/** `PATCH /v1/desk/canned-replies/{id}`: any of the fields. */
export const updateCannedReplySchema = createCannedReplySchema
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Give title, shortcut, body or language.');
