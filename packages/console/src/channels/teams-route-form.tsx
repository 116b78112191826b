/** Sends one Teams channel (or a whole team, by its id) of a connection to another bot. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { ChannelRouteForm, type RoutePlatform } from './channel-route-form.js';
import type { BotChoice, TeamsRegistration } from './channel-types.js';

/** The MICROSOFT_APP_ID (or Emulator) connection; the others are the registrations' app ids. */
const ENV_CONNECTION = 'teams:env';

const TEAMS: RoutePlatform = {
  platform: 'teams',
  formId: 'teams-route',
  title: 'Route a Teams channel to another bot',
  connectionLabel: 'Teams app',
  channelLabel: 'Teams channel id',
  placeholder: '19:…@thread.tacv2',
  pattern: /^19:[^\s/]{1,200}$/,
  invalid: 'Teams channel id: a channel or team id such as 19:…',
  botLabel: 'Teams channel answered by',
  submit: 'Route Teams channel',
};

export function TeamsRouteForm(props: { registrations: TeamsRegistration[]; bots: BotChoice[] }) {
  const connections = [
    { value: ENV_CONNECTION, label: 'This server’s MICROSOFT_APP_ID' },
    ...props.registrations.map((registration) => ({ value: registration.appId, label: registration.appId })),
  ];
  return <ChannelRouteForm words={TEAMS} connections={connections} bots={props.bots} />;
}
