/** Whether an instant falls within a bot's business hours, in their IANA time zone (Intl, no dependency). */
import { type BusinessHours, WEEKDAYS, type Weekday } from './escalation-schema.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The weekday, `YYYY-MM-DD` date and `HH:MM` wall-clock time at `now` in `timeZone`. */
export function localTime(now: number, timeZone: string): { day: Weekday; date: string; time: string } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(now))
      .map((part) => [part.type, part.value]),
  );
  const day = WEEKDAYS.find((name) => name === parts.weekday?.toLowerCase()) ?? 'sun';
  return { day, date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** True when `now` is inside one of the day's openings (`from` inclusive, `to` exclusive) and not on a holiday. */
export function isWithinBusinessHours(hours: BusinessHours, now: number): boolean {
  const { day, date, time } = localTime(now, hours.timeZone);
  // Hours stored before holidays existed have none (settings are read as stored, not re-parsed).
  if ((hours.holidays ?? []).includes(date)) return false;
  return (hours.days[day] ?? []).some((opening) => opening.from <= time && time < opening.to);
}
