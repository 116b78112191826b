/** A bot's rules: what starts a session (trigger), when it ends (expiry, finish keyword), and whom it ignores. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { type BotRecord, botPath } from './bot-types.js';

interface Rules {
  triggerType: string;
  triggerOperator: string;
  triggerValue: string;
  keywordFinish: string;
  expire: number;
  debounceTime: number;
  ignore: { users: string[]; channels: string[]; emailDomains: string[] };
}

const TRIGGERS: [string, string][] = [
  ['all', 'Every message'],
  ['keyword', 'A keyword or pattern'],
  ['advanced', 'An advanced expression'],
  ['none', 'None (only as a fallback bot)'],
];
const OPERATORS = ['contains', 'equals', 'startsWith', 'endsWith', 'regex'];
const IGNORE: [keyof Rules['ignore'], string, string][] = [
  ['users', 'Ignored people', 'Requester ids, one per line (Slack user ids, widget user ids…)'],
  ['channels', 'Ignored channels', 'Channel names (web, slack) or key prefixes, one per line'],
  ['emailDomains', 'Ignored e-mail domains', 'e.g. example.com, one per line'],
];

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function RulesForm({ bot }: { bot: BotRecord }) {
  const desk = useDesk();
  const [rules, setRules] = useState<Rules>();
  const [ignore, setIgnore] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  useEffect(() => {
    desk.api.call<{ data: Rules }>('GET', botPath(bot.id, '/rules')).then(
      (answer) => {
        setRules(answer.data);
        setIgnore(Object.fromEntries(IGNORE.map(([key]) => [key, answer.data.ignore[key].join('\n')])));
      },
      (failure) => setMessage({ error: true, text: desk.explain(failure) }),
    );
  }, [bot.id]);

  if (!rules)
    return message ? (
      <p role="alert" class="error">
        {message.text}
      </p>
    ) : null;
  const change = (patch: Partial<Rules>) => setRules({ ...rules, ...patch });
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  async function save(event: Event) {
    event.preventDefault();
    if (!rules) return;
    try {
      const body = {
        triggerType: rules.triggerType,
        triggerOperator: rules.triggerOperator,
        triggerValue: rules.triggerValue,
        keywordFinish: rules.keywordFinish,
        expire: rules.expire,
        debounceTime: rules.debounceTime,
        ignore: Object.fromEntries(IGNORE.map(([key]) => [key, lines(ignore[key] ?? '')])),
      };
      setRules((await desk.api.call<{ data: Rules }>('PATCH', botPath(bot.id, '/rules'), body)).data);
      setMessage({ error: false, text: 'Rules saved.' });
    } catch (failure) {
      setMessage({ error: true, text: desk.explain(failure) });
    }
  }

  return (
    <form class="fields" onSubmit={save} aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <label for="rules-trigger">Trigger</label>
      <select
        id="rules-trigger"
        value={rules.triggerType}
        onChange={(event) => change({ triggerType: event.currentTarget.value })}
      >
        {TRIGGERS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {rules.triggerType === 'keyword' && (
        <>
          <label for="rules-operator">Match</label>
          <select
            id="rules-operator"
            value={rules.triggerOperator}
            onChange={(event) => change({ triggerOperator: event.currentTarget.value })}
          >
            {OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {operator}
              </option>
            ))}
          </select>
        </>
      )}
      {(rules.triggerType === 'keyword' || rules.triggerType === 'advanced') && (
        <>
          <label for="rules-value">Trigger value</label>
          <input
            id="rules-value"
            value={rules.triggerValue}
            onInput={(event) => change({ triggerValue: event.currentTarget.value })}
          />
        </>
      )}
      <label for="rules-finish">Finish keyword (ends the session; empty: none)</label>
      <input
        id="rules-finish"
        value={rules.keywordFinish}
        onInput={(event) => change({ keywordFinish: event.currentTarget.value })}
      />
      <label for="rules-expire">Session expiry in seconds (0: never)</label>
      <input
        id="rules-expire"
        type="number"
        min={0}
        value={Number.isNaN(rules.expire) ? '' : rules.expire}
        onInput={(event) => change({ expire: number(event.currentTarget.value) })}
      />
      <label for="rules-debounce">Wait for more messages, in seconds (debounce)</label>
      <input
        id="rules-debounce"
        type="number"
        min={0}
        value={Number.isNaN(rules.debounceTime) ? '' : rules.debounceTime}
        onInput={(event) => change({ debounceTime: number(event.currentTarget.value) })}
      />
      {IGNORE.map(([key, label, help]) => (
        <Fragment key={key}>
          <label for={`rules-ignore-${key}`}>{label}</label>
          <textarea
            id={`rules-ignore-${key}`}
            rows={2}
            placeholder={help}
            value={ignore[key] ?? ''}
            onInput={(event) => setIgnore({ ...ignore, [key]: event.currentTarget.value })}
          />
        </Fragment>
      ))}
      <button type="submit">Save rules</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
