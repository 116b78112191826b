/** A bot's ticket policy as `/v1/bots/{id}` shows it (`settings.ticketPolicy`), and the form's draft of it. */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export interface Opening {
  from: string;
  to: string;
}

export interface BusinessHours {
  timeZone: string;
  days: Partial<Record<Weekday, Opening[]>>;
  /** `YYYY-MM-DD` days off in the time zone. */
  holidays: string[];
  offHoursMessage: string;
}

export interface TicketTypeRule {
  type: string;
  priority?: string;
  keywords: string[];
}

export interface TicketPolicy {
  humanRequest: boolean;
  noAnswer: boolean;
  noAnswerHandover: 'offer' | 'ticket';
  type: string;
  priority: string;
  integrationId?: string;
  always: boolean;
  startsWith: string[];
  notStartsWith: string[];
  emoji: 'off' | 'starts' | 'not-starts';
  emojiList: string[];
  ticketTypes: TicketTypeRule[];
  handover: 'immediate' | 'confirm';
  businessHours?: BusinessHours;
}

/** Comma- or line-separated text as a list, blanks dropped. */
export const listOf = (text: string) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The weekday and opening a validation error names, e.g. `businessHours.days.mon.0: …` → `businessHours.days.mon`. */
export function fieldOfError(message: string, fields: readonly string[]): string | undefined {
  const path = message.match(/^settings\.ticketPolicy\.([\w.]+):/)?.[1];
  if (!path) return undefined;
  return fields
    .filter((field) => path === field || path.startsWith(`${field}.`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The IANA time zones this browser knows, with UTC first. */
export function timeZones(): string[] {
  const known = (Intl as { supportedValuesOf?(key: string): string[] }).supportedValuesOf?.('timeZone') ?? [];
  return ['UTC', ...known.filter((zone) => zone !== 'UTC')];
}
