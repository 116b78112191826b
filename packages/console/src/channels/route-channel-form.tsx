/** Sends one Slack channel of an installation to another bot; the routes set here are listed below it. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { BotSelect } from './bot-select.js';
import { type BotChoice, connectionName, type SlackConnection } from './channel-types.js';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

export function RouteChannelForm(props: {
  connections: SlackConnection[];
  bots: BotChoice[];
  onRouted(): void;
}) {
  const desk = useDesk();
  const [connectionId, setConnectionId, latestConnection] = useField(() => props.connections[0]?.id ?? '');
  const [channelId, setChannelId, latestChannel] = useField(() => '');
  const [botId, setBotId, latestBot] = useField(() => props.bots[0]?.id ?? '');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const channel = latestChannel.current;
    setDone('');
    if (!CHANNEL_ID.test(channel)) return setError('Channel id: a Slack channel id such as C0123ABCD.');
    setError('');
    const path = `/v1/slack/connections/${encodeURIComponent(latestConnection.current)}/channels/${encodeURIComponent(channel)}`;
    try {
      const { data } = await desk.api.call<{ data: { channelId: string; botId: string } }>('PUT', path, {
        botId: latestBot.current,
      });
      setDone(`Routed ${data.channelId} → ${data.botId}.`);
      props.onRouted();
      setChannelId('');
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="fields" onSubmit={submit} aria-labelledby="route-channel">
      <h3 id="route-channel">Route a channel to another bot</h3>
      <label>
        Slack workspace
        <select value={connectionId} onChange={(event) => setConnectionId(event.currentTarget.value)}>
          {props.connections.map((connection) => (
            <option key={connection.id} value={connection.id}>
              {connectionName(connection)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Channel id
        <input
          value={channelId}
          onInput={(event) => setChannelId(event.currentTarget.value.trim())}
          placeholder="C0123ABCD"
        />
      </label>
      <BotSelect label="Answered by" bots={props.bots} value={botId} onChange={setBotId} />
      <button type="submit">Route channel</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="muted">
        {done}
      </p>
    </form>
  );
}
