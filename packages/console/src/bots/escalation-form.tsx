/** A bot's escalation policy: when a conversation goes to a person, where its ticket goes, and business hours. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { useDesk } from '../desk-context.js';
import { addScreenStyle } from '../screen-style.js';
import { useField } from '../use-field.js';
import { useLoad } from '../use-load.js';
import { type BotRecord, botPath } from './bot-types.js';
import { BusinessHoursFields, DEFAULT_HOURS } from './business-hours-fields.js';
import css from './escalation.css?inline';
import { type Draft, draftOf, policyPatch } from './escalation-draft.js';
import { fieldOfError, WEEKDAYS } from './escalation-types.js';
import { describedBy, FieldError } from './field-error.js';
import { TicketTypeRows } from './ticket-type-rows.js';

addScreenStyle('escalation', css);

const FIELDS = [
  'type',
  'priority',
  'integrationId',
  'startsWith',
  'notStartsWith',
  'emojiList',
  'ticketTypes',
  'businessHours.timeZone',
  'businessHours.offHoursMessage',
  'businessHours.holidays',
  ...WEEKDAYS.map((day) => `businessHours.days.${day}`),
];

interface Integration {
  id: string;
  kind: string;
  name: string;
}
const SINKS = new Set(['jira', 'servicenow', 'webhook']);

export function EscalationForm({ bot, onSaved }: { bot: BotRecord; onSaved(): void }) {
  const desk = useDesk();
  const [draft, setDraft, latest] = useField<Draft>(() => draftOf(bot.settings.ticketPolicy));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const sinks = useLoad(
    () =>
      desk.can('integrations:read')
        ? desk.api.call<{ data: Integration[] }>('GET', '/v1/integrations')
        : Promise.resolve({ data: [] }),
    [],
  );
  const change = (patch: Partial<Draft>) => setDraft({ ...latest.current, ...patch });
  const text = (key: 'startsWith' | 'notStartsWith' | 'emojiList') => ({
    value: draft[key],
    'aria-describedby': describedBy(key, errors),
    onInput: (event: { currentTarget: HTMLTextAreaElement | HTMLInputElement }) =>
      change({ [key]: event.currentTarget.value }),
  });

  async function save(event: Event) {
    event.preventDefault();
    setErrors({});
    try {
      await desk.api.call('PATCH', botPath(bot.id), {
        settings: { ticketPolicy: policyPatch(latest.current) },
      });
      setMessage({ error: false, text: 'Escalation policy saved.' });
      onSaved();
    } catch (failure) {
      const field = failure instanceof ApiError ? fieldOfError(failure.message, FIELDS) : undefined;
      const explained = desk.explain(failure);
      if (field) setErrors({ [field]: explained.replace(/^settings\.ticketPolicy\./, '') });
      setMessage({ error: true, text: field ? 'Not saved: see the field marked below.' : explained });
    }
  }

  const integrations = (sinks.data?.data ?? []).filter((each) => SINKS.has(each.kind));
  return (
    <form class="fields escalation" onSubmit={save} aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">Escalation</h2>
      <fieldset>
        <legend>When to hand over to a person</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.humanRequest}
            onChange={(event) => change({ humanRequest: event.currentTarget.checked })}
          />
          When the person asks for a human
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.noAnswer}
            onChange={(event) => change({ noAnswer: event.currentTarget.checked })}
          />
          When the agent has no answer
        </label>
        {draft.noAnswer && (
          <label>
            Without an answer
            <select
              value={draft.noAnswerHandover}
              onChange={(event) =>
                change({ noAnswerHandover: event.currentTarget.value as Draft['noAnswerHandover'] })
              }
            >
              <option value="offer">Offer "Talk to a human"</option>
              <option value="ticket">Open a ticket at once</option>
            </select>
          </label>
        )}
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.always}
            onChange={(event) => change({ always: event.currentTarget.checked })}
          />
          Every new conversation (the agent is never asked)
        </label>
        <label for="esc-starts">Messages starting with (one per line) open a ticket</label>
        <textarea id="esc-starts" rows={2} {...text('startsWith')} />
        <FieldError name="startsWith" errors={errors} />
        <label for="esc-not-starts">Messages starting with none of these (one per line) open a ticket</label>
        <textarea id="esc-not-starts" rows={2} {...text('notStartsWith')} />
        <FieldError name="notStartsWith" errors={errors} />
        <label for="esc-emoji">Emoji</label>
        <select
          id="esc-emoji"
          value={draft.emoji}
          onChange={(event) => change({ emoji: event.currentTarget.value as Draft['emoji'] })}
        >
          <option value="off">Ignore emoji</option>
          <option value="starts">A message starting with an emoji opens a ticket</option>
          <option value="not-starts">A message not starting with an emoji opens a ticket</option>
        </select>
        {draft.emoji !== 'off' && (
          <>
            <label for="esc-emoji-list">Only these emoji (comma-separated; empty: any)</label>
            <input id="esc-emoji-list" {...text('emojiList')} />
            <FieldError name="emojiList" errors={errors} />
          </>
        )}
        <label for="esc-handover">Hand-over</label>
        <select
          id="esc-handover"
          value={draft.handover}
          onChange={(event) => change({ handover: event.currentTarget.value as Draft['handover'] })}
        >
          <option value="immediate">Open the ticket at once</option>
          <option value="confirm">Ask "Open a ticket?" first</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>Tickets</legend>
        <label for="esc-sink">Tickets go to</label>
        <select
          id="esc-sink"
          value={draft.integrationId}
          aria-describedby={describedBy('integrationId', errors)}
          onChange={(event) => change({ integrationId: event.currentTarget.value })}
        >
          <option value="">Frontdesk (the built-in desk)</option>
          {integrations.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name} ({each.kind})
            </option>
          ))}
          {draft.integrationId && !integrations.some((each) => each.id === draft.integrationId) && (
            <option value={draft.integrationId}>{draft.integrationId}</option>
          )}
        </select>
        <FieldError name="integrationId" errors={errors} />
        <div class="row">
          <label>
            Ticket type
            <input
              value={draft.type}
              aria-describedby={describedBy('type', errors)}
              onInput={(event) => change({ type: event.currentTarget.value })}
            />
          </label>
          <label>
            Priority
            <input
              value={draft.priority}
              aria-describedby={describedBy('priority', errors)}
              onInput={(event) => change({ priority: event.currentTarget.value })}
            />
          </label>
        </div>
        <FieldError name="type" errors={errors} />
        <FieldError name="priority" errors={errors} />
        <TicketTypeRows rows={draft.ticketTypes} onChange={(ticketTypes) => change({ ticketTypes })} />
        <FieldError name="ticketTypes" errors={errors} />
      </fieldset>
      <fieldset>
        <legend>Business hours</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.hoursOn}
            onChange={(event) =>
              change({ hoursOn: event.currentTarget.checked, hours: latest.current.hours ?? DEFAULT_HOURS })
            }
          />
          Staff answer only during business hours
        </label>
        {draft.hoursOn && (
          <BusinessHoursFields hours={draft.hours} errors={errors} onChange={(hours) => change({ hours })} />
        )}
      </fieldset>
      <button type="submit">Save escalation</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
