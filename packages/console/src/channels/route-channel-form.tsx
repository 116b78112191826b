/** Sends one Slack channel of an installation to another bot; the routes set here are listed above it. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { ChannelRouteForm, type RoutePlatform } from './channel-route-form.js';
import { type BotChoice, connectionName, type SlackConnection } from './channel-types.js';

const SLACK: RoutePlatform = {
  platform: 'slack',
  formId: 'route-channel',
  title: 'Route a channel to another bot',
  connectionLabel: 'Slack workspace',
  channelLabel: 'Channel id',
  placeholder: 'C0123ABCD',
  pattern: /^[CGD][A-Z0-9]{2,}$/,
  invalid: 'Channel id: a Slack channel id such as C0123ABCD.',
  botLabel: 'Answered by',
  submit: 'Route channel',
};

export function RouteChannelForm(props: {
  connections: SlackConnection[];
  bots: BotChoice[];
  onRouted(): void;
}) {
  const connections = props.connections.map((connection) => ({
    value: connection.id,
    label: connectionName(connection),
  }));
  return (
    <ChannelRouteForm words={SLACK} connections={connections} bots={props.bots} onRouted={props.onRouted} />
  );
}
