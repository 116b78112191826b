/** The bots of the workspace: a list with each one's agent and state, and a form to create one. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { AGENT_LABELS, type AgentKind, type BotRecord } from './bot-types.js';

const ID_SHAPE = /^[a-z0-9][a-z0-9_-]{0,62}$/;

function CreateBot({ onCreated }: { onCreated(id: string): void }) {
  const desk = useDesk();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgentKind>('embedded');
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    if (!ID_SHAPE.test(id)) return setError('Id: lowercase letters, digits, "-" and "_" (e.g. "support").');
    if (!name.trim()) return setError('Name: give the bot a name.');
    // A new embedded bot reads its own folder of articles; the others start with defaults to edit.
    const agent =
      kind === 'embedded'
        ? { kind, knowledgeDir: id }
        : kind === 'openai'
          ? { kind, environment: 'production' }
          : undefined;
    try {
      if (!agent) {
        setError(
          'A remote agent needs its address and token: create the bot as embedded or OpenAI, then choose Remote.',
        );
        return;
      }
      await desk.api.call('POST', '/v1/bots', { id, name: name.trim(), agent });
      onCreated(id);
    } catch (failure) {
      setError(desk.explain(failure));
    }
  }

  return (
    <form class="fields" onSubmit={submit} aria-labelledby="new-bot">
      <h2 id="new-bot">New bot</h2>
      <label>
        Id
        <input
          value={id}
          onInput={(event) => setId(event.currentTarget.value.trim())}
          placeholder="support"
        />
      </label>
      <label>
        Name
        <input
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          placeholder="Support bot"
        />
      </label>
      <label>
        Agent
        <select value={kind} onChange={(event) => setKind(event.currentTarget.value as AgentKind)}>
          <option value="embedded">{AGENT_LABELS.embedded}</option>
          <option value="openai">{AGENT_LABELS.openai}</option>
        </select>
      </label>
      <button type="submit">Create bot</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}

export function BotsScreen() {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: BotRecord[] }>('GET', '/v1/bots'), []);
  const bots = loaded.data?.data ?? [];
  return (
    <section aria-labelledby="bots-heading">
      <h1 id="bots-heading">Bots</h1>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">The workspace's bots</caption>
          <thead>
            <tr>
              <th scope="col">Bot</th>
              <th scope="col">Agent</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {bots.map((bot) => (
              <tr key={bot.id}>
                <td>
                  <a href={`#/bots/${encodeURIComponent(bot.id)}`}>{bot.name}</a>{' '}
                  <span class="muted">({bot.id})</span>
                </td>
                <td>{AGENT_LABELS[bot.agent.kind] ?? bot.agent.kind}</td>
                <td>{bot.enabled ? 'On' : 'Off'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!loaded.loading && bots.length === 0 && <p class="muted">No bots yet.</p>}
      <CreateBot
        onCreated={(id) => {
          location.hash = `#/bots/${encodeURIComponent(id)}`;
        }}
      />
    </section>
  );
}
