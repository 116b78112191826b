/** Connect or edit a Jira, ServiceNow or webhook integration; the secret is write-only ("set / replace"). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import {
  type BotTickets,
  FIELDS,
  type IntegrationRow,
  KIND_NAMES,
  SECRET_LABELS,
  type TicketKind,
} from './integration-types.js';

/** The settings as the form holds them: every field a string. */
function initialData(row: IntegrationRow | undefined): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(row?.data ?? {}))
    if (typeof value === 'string') data[key] = value;
  return data;
}

export function IntegrationForm(props: {
  /** The integration to edit; none: a new one. */
  editing?: IntegrationRow | undefined;
  bots: BotTickets[];
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const desk = useDesk();
  const { editing } = props;
  const [kind, setKind] = useState<TicketKind>((editing?.kind as TicketKind | undefined) ?? 'jira');
  const [name, setName, latestName] = useField(() => editing?.name ?? '');
  const [data, setData, latestData] = useField(() => initialData(editing));
  const [secret, setSecret, latestSecret] = useField(() => '');
  const usedBy = props.bots.find((bot) => editing && bot.settings.ticketPolicy?.integrationId === editing.id);
  const [botId, setBotId, latestBot] = useField(() => usedBy?.id ?? '');
  const [error, setError] = useState('');
  const secretLabel = SECRET_LABELS[kind];

  async function submit(event: Event) {
    event.preventDefault();
    setError('');
    const fields: Record<string, string> = {};
    for (const field of FIELDS[kind]) {
      const value = (latestData.current[field.key] ?? '').trim();
      if (value) fields[field.key] = value;
      else if (!field.optional) return setError(`${field.label}: required.`);
    }
    const given = latestSecret.current.trim();
    const body = {
      ...(latestName.current.trim() ? { name: latestName.current.trim() } : {}),
      data: fields,
      ...(given ? { secret: given } : {}),
    };
    try {
      const saved = editing
        ? await desk.api.call<{ data: IntegrationRow }>('PATCH', `/v1/integrations/${editing.id}`, body)
        : await desk.api.call<{ data: IntegrationRow }>('POST', '/v1/integrations', { kind, ...body });
      await useFor(saved.data.id, latestBot.current);
      setSecret('');
      props.onSaved(`${editing ? 'Saved' : 'Connected'} ${saved.data.name}.`);
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  /** Points the chosen bot's tickets here, and takes them back from a bot that no longer is chosen. */
  async function useFor(integrationId: string, chosen: string) {
    for (const bot of props.bots) {
      const current = bot.settings.ticketPolicy?.integrationId;
      const wanted = bot.id === chosen;
      if (wanted === (current === integrationId)) continue;
      await desk.api.call('PATCH', `/v1/bots/${encodeURIComponent(bot.id)}`, {
        settings: { ticketPolicy: { integrationId: wanted ? integrationId : null } },
      });
    }
  }

  const heading = editing ? `Edit ${editing.name}` : 'Connect a ticket system';
  return (
    <form class="fields" onSubmit={submit} aria-labelledby="integration-form-heading">
      <h2 id="integration-form-heading" class="full">
        {heading}
      </h2>
      {!editing && (
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as TicketKind)}>
            {(Object.keys(KIND_NAMES) as TicketKind[]).map((each) => (
              <option key={each} value={each}>
                {KIND_NAMES[each]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Name
        <input
          value={name}
          placeholder={KIND_NAMES[kind]}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      {FIELDS[kind].map((field) => (
        <label key={field.key}>
          {field.label}
          <input
            inputMode={field.type}
            autoComplete="off"
            value={data[field.key] ?? ''}
            onInput={(event) => setData({ ...latestData.current, [field.key]: event.currentTarget.value })}
          />
        </label>
      ))}
      <label>
        {editing?.secret ? `Replace ${secretLabel.toLowerCase()}` : secretLabel}
        <input
          type="password"
          autoComplete="new-password"
          value={secret}
          aria-describedby="secret-note"
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
      </label>
      <p id="secret-note" class="muted full">
        {editing?.secret
          ? `A ${secretLabel.toLowerCase()} is set; it is never shown. Leave empty to keep it (a new URL needs it again).`
          : `Stored sealed and never shown again.`}
      </p>
      <label>
        Tickets of bot
        <select value={botId} onChange={(event) => setBotId(event.currentTarget.value)}>
          <option value="">None (set later)</option>
          {props.bots.map((bot) => (
            <option key={bot.id} value={bot.id}>
              {bot.name}
            </option>
          ))}
        </select>
      </label>
      <div class="row full">
        <button type="submit">{editing ? 'Save' : 'Connect'}</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" class="error full">
          {error}
        </p>
      )}
    </form>
  );
}
