/** Holidays of the business hours: whole days off (in the hours' time zone), added with a date picker. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { describedBy, FieldError } from './field-error.js';

interface Props {
  holidays: string[];
  errors: Record<string, string>;
  onChange(holidays: string[]): void;
}

export function Holidays({ holidays, errors, onChange }: Props) {
  const [date, setDate] = useState('');
  const add = () => {
    if (date && !holidays.includes(date)) onChange([...holidays, date].sort());
    setDate('');
  };
  return (
    <div class="holidays">
      <label for="hours-holiday">Holiday (closed all day)</label>
      <div class="row">
        <input
          id="hours-holiday"
          type="date"
          value={date}
          aria-describedby={describedBy('businessHours.holidays', errors)}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        <button type="button" onClick={add} disabled={!date}>
          Add holiday
        </button>
      </div>
      {holidays.length > 0 && (
        <ul class="holiday-list" aria-label="Holidays">
          {holidays.map((day) => (
            <li key={day}>
              {day}{' '}
              <button
                type="button"
                aria-label={`Remove holiday ${day}`}
                onClick={() => onChange(holidays.filter((each) => each !== day))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError name="businessHours.holidays" errors={errors} />
    </div>
  );
}
