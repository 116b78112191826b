/** Sends one Teams channel (or a whole team, by its id) of a connection to another bot. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { ChannelRouteForm, type RoutePlatform } from './channel-route-form.js';
import { type BotChoice, type TeamsRegistration, teamsConnectionName } from './channel-types.js';

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

/** `connections`: the listed ones (`teams:env` only when this server has MICROSOFT_APP_ID or the Emulator). */
export function TeamsRouteForm(props: {
  connections: TeamsRegistration[];
  bots: BotChoice[];
  onRouted(): void;
}) {
  const connections = props.connections.map((connection) => ({
    value: connection.connectionId,
    label: teamsConnectionName(connection),
  }));
  return (
    <ChannelRouteForm words={TEAMS} connections={connections} bots={props.bots} onRouted={props.onRouted} />
  );
}
