/** Creates a one-time "Add to Slack" link for one of the bots, to copy and send to a Slack admin. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { CopyButton } from '../team/copy-button.js';
import { useField } from '../use-field.js';
import { BotSelect } from './bot-select.js';
import type { BotChoice } from './channel-types.js';

export function InstallLinkForm({ bots }: { bots: BotChoice[] }) {
  const desk = useDesk();
  const [botId, setBotId, latestBot] = useField(() => bots[0]?.id ?? '');
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    setError('');
    try {
      const { data } = await desk.api.call<{ data: { url: string; expiresAt: string } }>(
        'POST',
        '/v1/slack/install-links',
        { botId: latestBot.current },
      );
      setLink(data);
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <div>
      <form class="fields" onSubmit={submit} aria-labelledby="install-link">
        <h3 id="install-link">"Add to Slack" link</h3>
        <BotSelect label="Bot to install" bots={bots} value={botId} onChange={setBotId} />
        <button type="submit">Create install link</button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </form>
      {link && (
        <div class="invitation">
          <input
            readOnly
            aria-label="Install link"
            value={link.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p class="muted">One use, good until {new Date(link.expiresAt).toLocaleString()}.</p>
          <CopyButton text={link.url} label="Copy link" />
        </div>
      )}
    </div>
  );
}
