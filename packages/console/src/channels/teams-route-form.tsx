/** Sends one Teams channel (or a whole team, by its id) of a connection to another bot. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { BotSelect } from './bot-select.js';
import type { BotChoice, TeamsRegistration } from './channel-types.js';

/** The MICROSOFT_APP_ID (or Emulator) connection; the others are the registrations' app ids. */
const ENV_CONNECTION = 'teams:env';
const CHANNEL_ID = /^19:[^\s/]{1,200}$/;

export function TeamsRouteForm(props: { registrations: TeamsRegistration[]; bots: BotChoice[] }) {
  const desk = useDesk();
  const [connectionId, setConnectionId, latestConnection] = useField(() => ENV_CONNECTION);
  const [channelId, setChannelId, latestChannel] = useField(() => '');
  const [botId, setBotId, latestBot] = useField(() => props.bots[0]?.id ?? '');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const channel = latestChannel.current;
    setDone('');
    if (!CHANNEL_ID.test(channel)) return setError('Teams channel id: a channel or team id such as 19:…');
    setError('');
    const path = `/v1/teams/connections/${encodeURIComponent(latestConnection.current)}/channels/${encodeURIComponent(channel)}`;
    try {
      const { data } = await desk.api.call<{ data: { channelId: string; botId: string } }>('PUT', path, {
        botId: latestBot.current,
      });
      setDone(`${data.channelId} → ${data.botId}`);
      setChannelId('');
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="fields" onSubmit={submit} aria-labelledby="teams-route">
      <h3 id="teams-route">Route a Teams channel to another bot</h3>
      <label>
        Teams app
        <select value={connectionId} onChange={(event) => setConnectionId(event.currentTarget.value)}>
          <option value={ENV_CONNECTION}>This server’s MICROSOFT_APP_ID</option>
          {props.registrations.map((registration) => (
            <option key={registration.appId} value={registration.appId}>
              {registration.appId}
            </option>
          ))}
        </select>
      </label>
      <label>
        Teams channel id
        <input
          value={channelId}
          onInput={(event) => setChannelId(event.currentTarget.value.trim())}
          placeholder="19:…@thread.tacv2"
        />
      </label>
      <BotSelect label="Teams channel answered by" bots={props.bots} value={botId} onChange={setBotId} />
      <button type="submit">Route Teams channel</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="muted">
        {done && `Routed ${done}.`}
      </p>
    </form>
  );
}
