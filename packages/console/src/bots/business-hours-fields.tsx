/** Business hours in the escalation form: time zone, opening hours per weekday, and the off-hours message. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import {
  type BusinessHours,
  type Opening,
  timeZones,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type Weekday,
} from './escalation-types.js';
import { describedBy, FieldError } from './field-error.js';
import { Holidays } from './holidays-field.js';

export const DEFAULT_HOURS: BusinessHours = {
  timeZone: 'UTC',
  days: Object.fromEntries(
    WEEKDAYS.filter((day) => day !== 'sat' && day !== 'sun').map((day) => [
      day,
      [{ from: '09:00', to: '17:00' }],
    ]),
  ),
  holidays: [],
  offHoursMessage: 'Our team is offline right now; we will answer during business hours.',
};

interface Props {
  hours: BusinessHours;
  onChange(hours: BusinessHours): void;
  errors: Record<string, string>;
}

export function BusinessHoursFields({ hours, onChange, errors }: Props) {
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(hours.timeZone) ? all : [hours.timeZone, ...all];
  }, [hours.timeZone]);
  const setDay = (day: Weekday, openings: Opening[]) =>
    onChange({ ...hours, days: { ...hours.days, [day]: openings } });
  const setOpening = (day: Weekday, index: number, patch: Partial<Opening>) =>
    setDay(
      day,
      (hours.days[day] ?? []).map((opening, at) => (at === index ? { ...opening, ...patch } : opening)),
    );

  return (
    <div class="fields">
      <label for="hours-zone">Time zone</label>
      <select
        id="hours-zone"
        value={hours.timeZone}
        aria-describedby={describedBy('businessHours.timeZone', errors)}
        onChange={(event) => onChange({ ...hours, timeZone: event.currentTarget.value })}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <FieldError name="businessHours.timeZone" errors={errors} />
      <table class="hours">
        <caption class="visually-hidden">Opening hours per weekday</caption>
        <tbody>
          {WEEKDAYS.map((day) => {
            const openings = hours.days[day] ?? [];
            const label = WEEKDAY_LABELS[day];
            return (
              <tr key={day}>
                <th scope="row">
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={openings.length > 0}
                      onChange={(event) =>
                        setDay(day, event.currentTarget.checked ? [{ from: '09:00', to: '17:00' }] : [])
                      }
                    />
                    {label}
                  </label>
                </th>
                <td>
                  {openings.length === 0 && <span class="muted">Closed</span>}
                  {openings.map((opening, index) => (
                    <span key={index} class="opening">
                      <input
                        type="time"
                        aria-label={`${label} opens`}
                        value={opening.from}
                        aria-describedby={describedBy(`businessHours.days.${day}`, errors)}
                        onInput={(event) => setOpening(day, index, { from: event.currentTarget.value })}
                      />
                      –
                      <input
                        type="time"
                        aria-label={`${label} closes`}
                        value={opening.to}
                        onInput={(event) => setOpening(day, index, { to: event.currentTarget.value })}
                      />
                      {index > 0 && (
                        <button
                          type="button"
                          aria-label={`Remove ${label} hours ${index + 1}`}
                          onClick={() =>
                            setDay(
                              day,
                              openings.filter((_, at) => at !== index),
                            )
                          }
                        >
                          Remove
                        </button>
                      )}
                    </span>
                  ))}
                  {openings.length > 0 && openings.length < 4 && (
                    <button
                      type="button"
                      aria-label={`Add hours on ${label}`}
                      onClick={() => setDay(day, [...openings, { from: '13:00', to: '17:00' }])}
                    >
                      Add hours
                    </button>
                  )}
                  <FieldError name={`businessHours.days.${day}`} errors={errors} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Holidays
        holidays={hours.holidays}
        errors={errors}
        onChange={(holidays) => onChange({ ...hours, holidays })}
      />
      <label for="hours-message">Message outside business hours</label>
      <textarea
        id="hours-message"
        rows={2}
        value={hours.offHoursMessage}
        aria-describedby={describedBy('businessHours.offHoursMessage', errors)}
        onInput={(event) => onChange({ ...hours, offHoursMessage: event.currentTarget.value })}
      />
      <FieldError name="businessHours.offHoursMessage" errors={errors} />
    </div>
  );
}
