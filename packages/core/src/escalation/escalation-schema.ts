/** The escalation settings of a bot's ticket policy: which messages hand over to a person, how, and when staff are in. */
import { z } from 'zod';

/** `HH:MM`, 24-hour clock; `24:00` ends a day. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM, e.g. 09:00.');

/** One stretch of a day when staff are in, e.g. `{ from: '09:00', to: '17:30' }`. */
const openingSchema = z
  .object({ from: clockTime, to: clockTime })
  .refine((range) => range.from < range.to, { message: '`from` must come before `to`.' });

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** When staff answer; outside these hours the handover says so. Days not listed are closed. */
export const businessHoursSchema = z.strictObject({
  /** IANA time zone the hours are in, e.g. `Europe/Berlin`. */
  timeZone: z.string().refine(isTimeZone, 'Unknown IANA time zone.'),
  days: z.partialRecord(z.enum(WEEKDAYS), z.array(openingSchema).max(4)),
  /** Days off whatever the weekday, as `YYYY-MM-DD` in `timeZone` (e.g. `2026-12-25`). */
  holidays: z
    .array(
      z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD, e.g. 2026-12-25.'),
    )
    .max(200)
    .default([]),
  /** Added to the handover text outside business hours. */
  offHoursMessage: z
    .string()
    .min(1)
    .max(1000)
    .default('Our team is offline right now; we will answer during business hours.'),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** Keywords that mean a ticket of this type and priority, e.g. `refund` → billing, high. */
export const ticketTypeRuleSchema = z.strictObject({
  type: z.string().min(1).max(100),
  priority: z.string().min(1).max(50).optional(),
  keywords: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
});
export type TicketTypeRule = z.infer<typeof ticketTypeRuleSchema>;

/** Spread into `ticketPolicySchema`; every field defaults to "off", so old settings keep their behaviour. */
export const escalationPolicyShape = {
  /** Every new conversation opens a ticket; the agent is never called. */
  always: z.boolean().default(false),
  /** A message starting with one of these (case-insensitive) opens a ticket. */
  startsWith: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  /** A message starting with none of these opens a ticket (unset: no such rule). */
  notStartsWith: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  /** `starts`: a message starting with an emoji opens a ticket; `not-starts`: one without. */
  emoji: z.enum(['off', 'starts', 'not-starts']).default('off'),
  /** Only these emoji count for `emoji` (empty: any emoji). */
  emojiList: z.array(z.string().min(1).max(20)).max(50).default([]),
  /** Keyword rules that give the ticket a type and priority. */
  ticketTypes: z.array(ticketTypeRuleSchema).max(50).default([]),
  /** `immediate`: open the ticket at once; `confirm`: ask "Open a ticket?" and open it on "yes". */
  handover: z.enum(['immediate', 'confirm']).default('immediate'),
  businessHours: businessHoursSchema.optional(),
};
