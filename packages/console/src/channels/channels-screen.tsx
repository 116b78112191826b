/** Where the bots answer: Slack installations and their channel routes, and Teams registrations. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import type { BotChoice } from './channel-types.js';
import { SlackSection } from './slack-section.js';
import { TeamsSection } from './teams-section.js';

export function ChannelsScreen() {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: BotChoice[] }>('GET', '/v1/bots'), []);
  const bots = loaded.data?.data ?? [];
  return (
    <section aria-labelledby="channels-heading">
      <h1 id="channels-heading">Channels</h1>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      <SlackSection bots={bots} />
      <TeamsSection bots={bots} />
    </section>
  );
}
