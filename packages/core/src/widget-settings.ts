/** A bot's website widget settings: who may embed it, how it looks, and identity verification. */
import { z } from 'zod';

/** `https://example.com` (scheme, host, optional port; no path): what browsers send as `Origin`. */
const originSchema = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i, {
    message: 'expected an origin such as https://example.com (no path, no trailing slash)',
  })
  .transform((origin) => origin.toLowerCase());

export const widgetThemeSchema = z.strictObject({
  /** Buttons, the header and the visitor's bubbles; a `#rrggbb` colour. */
  primaryColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .default('#1f5fd6'),
  /** Which bottom corner the launcher sits in. */
  position: z.enum(['right', 'left']).default('right'),
  /** `auto` follows the visitor's `prefers-color-scheme`. */
  mode: z.enum(['light', 'dark', 'auto']).default('auto'),
});

export const widgetIdentitySchema = z.strictObject({
  /**
   * The key a site's server signs user ids with: `userHash = hex(HMAC-SHA256(secret, userId))`.
   * Never sent to browsers.
   */
  secret: z.string().min(16).max(200).optional(),
  /** Refuse visitors without a valid `userHash` (anonymous visitors included). */
  required: z.boolean().default(false),
});

/** File types visitors may attach; each is checked against the file's first bytes, not its name. */
export const ATTACHMENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The largest attachment any bot may allow, in bytes. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const widgetAttachmentsSchema = z.strictObject({
  /** When false, the widget shows no attach button and the API refuses uploads. */
  enabled: z.boolean().default(true),
  /** The largest file, in bytes (at most 25 MB). */
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(MAX_ATTACHMENT_BYTES)
    .default(10 * 1024 * 1024),
  /** Files per message. */
  maxFiles: z.number().int().min(1).max(10).default(5),
  /** Types accepted, by their content. */
  types: z
    .array(z.enum(ATTACHMENT_TYPES))
    .min(1)
    .default([...ATTACHMENT_TYPES]),
});
export type WidgetAttachmentSettings = z.infer<typeof widgetAttachmentsSchema>;

/**
 * A proactive greeting shown next to the launcher: on pages whose URL matches `url` (`*` matches
 * anything; a pattern starting with `/` is matched against the path), after `afterSeconds` there.
 */
export const widgetTeaserSchema = z.strictObject({
  text: z.string().trim().min(1).max(200),
  url: z.string().trim().min(1).max(300).optional(),
  afterSeconds: z.number().int().min(0).max(3600).default(0),
});

/** The widget's languages besides English. */
export const WIDGET_LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ar', 'he'] as const;

const cannedText = z.string().trim().min(1).max(1000).optional();
/**
 * The bot's canned replies in one language, for visitors whose widget speaks it; a text left out
 * stays in English. `handover` may name the ticket as `{ticket}`.
 */
export const cannedRepliesSchema = z.strictObject({
  /** Instead of "I've opened a ticket (…) for you…" (a person asked for, or no answer). */
  handover: cannedText,
  /** Instead of the bot's `rules.unknownMessage` (the agent had no answer). */
  noAnswer: cannedText,
  /** Instead of the rating question after a ticket is resolved. */
  csat: cannedText,
  /** Instead of the business hours' `offHoursMessage`. */
  offHours: cannedText,
});
export type CannedReplies = z.infer<typeof cannedRepliesSchema>;

export const widgetSettingsSchema = z.strictObject({
  /** When false, the widget API refuses every request for this bot. */
  enabled: z.boolean().default(true),
  /** Pages on these origins may open visitor sessions; the server's own origin is always allowed. */
  allowedOrigins: z.array(originSchema).max(100).default([]),
  /** Pages on `localhost`, `127.0.0.1` or `[::1]` at any port may use the widget (the demo bot's default). */
  allowLocalhost: z.boolean().default(false),
  theme: widgetThemeSchema.default(widgetThemeSchema.parse({})),
  /** Texts shown by the widget; unset uses the visitor's locale's defaults. */
  title: z.string().min(1).max(80).optional(),
  greeting: z.string().min(1).max(500).optional(),
  placeholder: z.string().min(1).max(80).optional(),
  launcherLabel: z.string().min(1).max(40).optional(),
  /** The widget's language when the page names none: en, de, fr, es, pt, it, nl, ja, ar or he. */
  locale: z.enum(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ar', 'he']).optional(),
  /** Offered as buttons on an empty conversation; a click sends the question. */
  suggestedQuestions: z.array(z.string().trim().min(1).max(120)).max(6).optional(),
  identity: widgetIdentitySchema.default(widgetIdentitySchema.parse({})),
  /** Canned replies per widget language (de, fr, …); English stays the bot's own texts. */
  cannedReplies: z.partialRecord(z.enum(WIDGET_LANGUAGES), cannedRepliesSchema).optional(),
  /** Greetings shown next to the launcher by page and time on the page; the first that matches wins. */
  teasers: z.array(widgetTeaserSchema).max(20).optional(),
  /** Files and images visitors may send: size, count and types. */
  attachments: widgetAttachmentsSchema.default(widgetAttachmentsSchema.parse({})),
  /**
   * When a ticket opens for a visitor without a known e-mail address, the widget asks for one:
   * `optional` lets them skip, `required` waits for it before they write again, `off` never asks.
   */
  askEmail: z.enum(['off', 'optional', 'required']).default('optional'),
});
export type WidgetSettings = z.infer<typeof widgetSettingsSchema>;
