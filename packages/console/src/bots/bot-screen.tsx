/** One bot: switch it on or off, delete it, choose its agent and try it, set its rules and escalation. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { AgentForm } from './agent-form.js';
import { AgentTest } from './agent-test.js';
import { ArticlesSection } from './articles-section.js';
import { type BotRecord, botPath } from './bot-types.js';
import { EscalationForm } from './escalation-form.js';
import { RulesForm } from './rules-form.js';

function DeleteBot({ bot }: { bot: BotRecord }) {
  const desk = useDesk();
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState('');
  const [error, setError] = useState('');

  async function remove(cascade: boolean) {
    try {
      await desk.api.call('DELETE', botPath(bot.id, cascade ? '?cascade=true' : ''));
      location.hash = '#/bots';
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) setConflict(failure.message);
      else setError(desk.explain(failure));
    }
  }

  if (!confirming) {
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Delete bot
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend class="visually-hidden">Confirm deletion</legend>
      <p>{conflict || `Delete ${bot.name}? This cannot be undone.`}</p>
      {conflict ? (
        <button type="button" class="danger" onClick={() => remove(true)}>
          Delete with its conversations
        </button>
      ) : (
        <button type="button" class="danger" onClick={() => remove(false)}>
          Yes, delete {bot.name}
        </button>
      )}
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function BotScreen({ id }: { id: string }) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: BotRecord }>('GET', botPath(id)), [id]);
  const [status, setStatus] = useState('');
  const bot = loaded.data?.data;

  async function toggle() {
    if (!bot) return;
    try {
      await desk.api.call('POST', botPath(bot.id, bot.enabled ? '/disable' : '/enable'));
      setStatus(bot.enabled ? `${bot.name} is off: it answers no one.` : `${bot.name} is on.`);
      loaded.reload();
    } catch (failure) {
      setStatus(desk.explain(failure));
    }
  }

  if (loaded.error) {
    return (
      <p role="alert" class="error">
        {loaded.error} <a href="#/bots">All bots</a>
      </p>
    );
  }
  if (!bot) return <p class="muted">Loading…</p>;
  return (
    <section aria-labelledby="bot-heading" class="bot">
      <p>
        <a href="#/bots">All bots</a>
      </p>
      <h1 id="bot-heading">
        {bot.name} <span class="muted">({bot.id})</span>
      </h1>
      <div class="row">
        <span class={bot.enabled ? 'state-on' : 'state-off'}>{bot.enabled ? 'On' : 'Off'}</span>
        <button type="button" onClick={toggle}>
          {bot.enabled ? 'Disable' : 'Enable'}
        </button>
        <a href={`#/widget/${encodeURIComponent(bot.id)}`}>Widget settings</a>
        {bot.agent.kind !== 'remote' && bot.agent.knowledgeDir && (
          <a href={`#/knowledge/${encodeURIComponent(bot.id)}`}>Manage knowledge</a>
        )}
        <DeleteBot bot={bot} />
      </div>
      <p role="status" class="muted">
        {status}
      </p>
      <AgentForm bot={bot} onSaved={loaded.reload} />
      {bot.agent.kind !== 'remote' && bot.agent.knowledgeDir && (
        <ArticlesSection key={bot.agent.knowledgeDir} bot={bot} />
      )}
      <AgentTest bot={bot} />
      <RulesForm bot={bot} />
      <EscalationForm bot={bot} onSaved={loaded.reload} />
    </section>
  );
}
