/** Whether an instant falls within a bot's business hours, in their IANA time zone (Intl, no dependency). */
import { type BusinessHours, WEEKDAYS, type Weekday } from './escalation-schema.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The weekday and `HH:MM` wall-clock time at `now` in `timeZone`. */
export function localTime(now: number, timeZone: string): { day: Weekday; time: string } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(now))
      .map((part) => [part.type, part.value]),
  );
  const day = WEEKDAYS.find((name) => name === parts.weekday?.toLowerCase()) ?? 'sun';
  return { day, time: `${parts.hour}:${parts.minute}` };
}

/** True when `now` is inside one of the day's openings (`from` inclusive, `to` exclusive). */
export function isWithinBusinessHours(hours: BusinessHours, now: number): boolean {
  const { day, time } = localTime(now, hours.timeZone);
  return (hours.days[day] ?? []).some((opening) => opening.from <= time && time < opening.to);
}
