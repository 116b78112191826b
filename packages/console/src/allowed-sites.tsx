/** The sites (origins) allowed to embed each bot's widget: listed for everyone, changed by admins and owners. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { useDesk } from './desk-context.js';
import { useLoad } from './use-load.js';

interface BotRow {
  id: string;
  name: string;
  settings: { widget: { allowedOrigins: string[] } };
}

/** `https://www.example.com/pricing` → `https://www.example.com`; undefined when it is no http(s) URL. */
export function originOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function BotSites({ bot, onSaved }: { bot: BotRow; onSaved(): void }) {
  const desk = useDesk();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const origins = bot.settings.widget.allowedOrigins;

  async function save(next: string[], done: string) {
    try {
      await desk.api.call('PATCH', `/v1/bots/${encodeURIComponent(bot.id)}`, {
        settings: { widget: { allowedOrigins: next } },
      });
      setMessage({ error: false, text: done });
      setDraft('');
      onSaved();
    } catch (error) {
      // A 403 here means "not allowed to change bots", not "signed out": say so and stay.
      const text =
        error instanceof ApiError && error.status === 403
          ? 'Only admins and owners can change the allowed sites.'
          : desk.fail(error);
      setMessage({ error: true, text });
    }
  }

  return (
    <section class="bot-sites" aria-labelledby={`sites-${bot.id}`}>
      <h2 id={`sites-${bot.id}`}>
        {bot.name} <span class="muted">({bot.id})</span>
      </h2>
      {origins.length === 0 ? (
        <p class="muted">Only this server's own pages may embed this bot's widget.</p>
      ) : (
        <ul class="origins" aria-label={`Sites allowed for ${bot.name}`}>
          {origins.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button
                type="button"
                aria-label={`Remove ${origin}`}
                onClick={() =>
                  save(
                    origins.filter((item) => item !== origin),
                    `Removed ${origin}.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          const origin = originOf(draft);
          if (!origin) {
            setMessage({ error: true, text: 'Enter a site address such as https://www.example.com.' });
            return;
          }
          if (origins.includes(origin)) {
            setMessage({ error: true, text: `${origin} is already allowed.` });
            return;
          }
          void save([...origins, origin], `Added ${origin}.`);
        }}
      >
        <label>
          Add a site
          <input
            type="text"
            inputMode="url"
            autoComplete="url"
            placeholder="https://www.example.com"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Allow</button>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

export function AllowedSites() {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: BotRow[] }>('GET', '/v1/bots'), []);
  return (
    <section aria-labelledby="sites-heading">
      <h1 id="sites-heading">Sites</h1>
      <p class="muted">
        Pages on these origins may show the chat widget. Anything else is refused, and the browser console
        says why.
      </p>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data?.data.map((bot) => (
        <BotSites key={bot.id} bot={bot} onSaved={loaded.reload} />
      ))}
    </section>
  );
}
