/** A labelled choice of the workspace's bots. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import type { BotChoice } from './channel-types.js';

export function BotSelect(props: {
  label: string;
  bots: BotChoice[];
  value: string;
  onChange(value: string): void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.bots.map((bot) => (
          <option key={bot.id} value={bot.id}>
            {bot.name} ({bot.id})
          </option>
        ))}
      </select>
    </label>
  );
}
