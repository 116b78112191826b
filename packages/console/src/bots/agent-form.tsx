/** A bot's agent: embedded (a folder of articles), OpenAI-compatible (model, environment) or remote. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { useField } from '../use-field.js';
import { AGENT_LABELS, type AgentKind, type BotRecord, botPath } from './bot-types.js';

const KINDS: AgentKind[] = ['embedded', 'openai', 'remote'];

/** The body of `PUT /v1/bots/{id}/agent` for the form's values; empty optional fields are left out. */
function agentBody(kind: AgentKind, values: Record<string, string>): Record<string, unknown> {
  const set = (key: string) => (values[key]?.trim() ? { [key]: values[key]!.trim() } : {});
  if (kind === 'embedded') return { kind, knowledgeDir: values.knowledgeDir?.trim() ?? '' };
  if (kind === 'openai') {
    return {
      kind,
      environment: values.environment || 'production',
      ...set('model'),
      ...set('integrationId'),
      ...set('systemPrompt'),
      ...set('knowledgeDir'),
      imageInputs: values.imageInputs !== 'false',
    };
  }
  return { kind, ...set('baseUrl'), ...set('botId'), ...set('token') };
}

function Field({
  name,
  label,
  values,
  onInput,
  type = 'text',
  help,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  onInput(name: string, value: string): void;
  type?: 'text' | 'url' | 'password';
  help?: string;
}) {
  const id = `agent-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type as 'text'}
        autoComplete="off"
        value={values[name] ?? ''}
        aria-describedby={help ? `${id}-help` : undefined}
        onInput={(event) => onInput(name, event.currentTarget.value)}
      />
      {help && (
        <p id={`${id}-help`} class="muted">
          {help}
        </p>
      )}
    </div>
  );
}

export function AgentForm({ bot, onSaved }: { bot: BotRecord; onSaved(): void }) {
  const desk = useDesk();
  const [kind, setKind, latestKind] = useField<AgentKind>(() => bot.agent.kind);
  const [values, setValues, latestValues] = useField<Record<string, string>>(() => ({
    knowledgeDir: bot.agent.knowledgeDir ?? '',
    model: bot.agent.model ?? '',
    environment: bot.agent.environment ?? 'production',
    integrationId: bot.agent.integrationId ?? '',
    systemPrompt: bot.agent.systemPrompt ?? '',
    imageInputs: String(bot.agent.imageInputs !== false),
    baseUrl: bot.agent.baseUrl ?? '',
    botId: bot.agent.botId ?? '',
    token: '',
  }));
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const onInput = (name: string, value: string) => setValues({ ...latestValues.current, [name]: value });

  async function save(event: Event) {
    event.preventDefault();
    try {
      const saved = latestKind.current;
      await desk.api.call('PUT', botPath(bot.id, '/agent'), agentBody(saved, latestValues.current));
      setValues({ ...latestValues.current, token: '' });
      setMessage({ error: false, text: `Saved: ${AGENT_LABELS[saved]}.` });
      onSaved();
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <form class="fields" onSubmit={save} aria-labelledby="agent-heading">
      <h2 id="agent-heading">Agent</h2>
      <fieldset>
        <legend>Who answers</legend>
        {KINDS.map((each) => (
          <label key={each} class="choice">
            <input
              type="radio"
              name="agent-kind"
              value={each}
              checked={kind === each}
              onChange={() => setKind(each)}
            />
            {AGENT_LABELS[each]}
          </label>
        ))}
      </fieldset>
      {kind === 'embedded' && (
        <Field
          name="knowledgeDir"
          label="Knowledge folder"
          values={values}
          onInput={onInput}
          help="A folder of markdown articles in this workspace's knowledge folder."
        />
      )}
      {kind === 'openai' && (
        <div>
          <Field name="model" label="Model" values={values} onInput={onInput} help="e.g. gpt-4o-mini" />
          <div class="field">
            <label for="agent-environment">Environment</label>
            <select
              id="agent-environment"
              value={values.environment}
              onChange={(event) => onInput('environment', event.currentTarget.value)}
            >
              <option value="production">Production</option>
              <option value="stage">Stage</option>
            </select>
          </div>
          <Field
            name="integrationId"
            label="OpenAI integration (optional)"
            values={values}
            onInput={onInput}
            help="Unset: the workspace's active OpenAI integration for the environment, then OPENAI_API_KEY."
          />
          <Field name="knowledgeDir" label="Knowledge folder (optional)" values={values} onInput={onInput} />
          <Field name="systemPrompt" label="System prompt (optional)" values={values} onInput={onInput} />
          <label class="choice">
            <input
              type="checkbox"
              checked={values.imageInputs !== 'false'}
              onChange={(event) => onInput('imageInputs', String(event.currentTarget.checked))}
            />{' '}
            Let the agent see attached images (turn off for a text-only LLM)
          </label>
        </div>
      )}
      {kind === 'remote' && (
        <div>
          <Field
            name="baseUrl"
            label="Agent address"
            type="url"
            values={values}
            onInput={onInput}
            help="e.g. https://api.enjo.ai"
          />
          <Field name="botId" label="Remote bot id" values={values} onInput={onInput} />
          <Field
            name="token"
            label="Token"
            type="password"
            values={values}
            onInput={onInput}
            help="Kept sealed on the server and never shown again."
          />
        </div>
      )}
      <button type="submit">Save agent</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
