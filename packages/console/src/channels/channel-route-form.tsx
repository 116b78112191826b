/** Sends one channel of a Slack installation or a Teams app to another bot: one form, worded per platform. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { BotSelect } from './bot-select.js';
import type { BotChoice } from './channel-types.js';

/** What differs between Slack and Teams: the API path, the id pattern and the words. */
export interface RoutePlatform {
  /** `slack` or `teams`: the routes are `PUT /v1/{platform}/connections/{id}/channels/{channelId}`. */
  platform: 'slack' | 'teams';
  formId: string;
  title: string;
  connectionLabel: string;
  channelLabel: string;
  placeholder: string;
  pattern: RegExp;
  /** The message when the channel id does not match `pattern`. */
  invalid: string;
  botLabel: string;
  submit: string;
}

export function ChannelRouteForm(props: {
  words: RoutePlatform;
  connections: { value: string; label: string }[];
  bots: BotChoice[];
  onRouted?: () => void;
}) {
  const { words } = props;
  const desk = useDesk();
  const [connectionId, setConnectionId, latestConnection] = useField(() => props.connections[0]?.value ?? '');
  const [channelId, setChannelId, latestChannel] = useField(() => '');
  const [botId, setBotId, latestBot] = useField(() => props.bots[0]?.id ?? '');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const channel = latestChannel.current;
    setDone('');
    if (!words.pattern.test(channel)) return setError(words.invalid);
    setError('');
    const path = `/v1/${words.platform}/connections/${encodeURIComponent(latestConnection.current)}/channels/${encodeURIComponent(channel)}`;
    try {
      const { data } = await desk.api.call<{ data: { channelId: string; botId: string } }>('PUT', path, {
        botId: latestBot.current,
      });
      setDone(`Routed ${data.channelId} → ${data.botId}.`);
      props.onRouted?.();
      setChannelId('');
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="fields" onSubmit={submit} aria-labelledby={words.formId}>
      <h3 id={words.formId}>{words.title}</h3>
      <label>
        {words.connectionLabel}
        <select value={connectionId} onChange={(event) => setConnectionId(event.currentTarget.value)}>
          {props.connections.map((connection) => (
            <option key={connection.value} value={connection.value}>
              {connection.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {words.channelLabel}
        <input
          value={channelId}
          onInput={(event) => setChannelId(event.currentTarget.value.trim())}
          placeholder={words.placeholder}
        />
      </label>
      <BotSelect label={words.botLabel} bots={props.bots} value={botId} onChange={setBotId} />
      <button type="submit">{words.submit}</button>
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
