/** "Test this agent": a chat with the bot through `POST /v1/bots/{id}/message`; answers are markdown built as elements, never HTML. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { Markdown } from '../markdown.js';
import { type BotRecord, botPath } from './bot-types.js';

interface Turn {
  role: 'you' | 'bot';
  text: string;
  sources?: string[];
}

interface Answer {
  data: { answers: string; conversationId: string; sources?: { name: string }[] };
}

export function AgentTest({ bot }: { bot: BotRecord }) {
  const desk = useDesk();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState('');
  const [conversationId, setConversationId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function send(event: Event) {
    event.preventDefault();
    const question = text.trim();
    if (!question) return;
    setBusy(true);
    setError('');
    setTurns((current) => [...current, { role: 'you', text: question }]);
    setText('');
    try {
      const answer = await desk.api.call<Answer>('POST', botPath(bot.id, '/message'), {
        message: { text: question },
        ...(conversationId ? { conversationId } : {}),
      });
      setConversationId(answer.data.conversationId);
      const sources = (answer.data.sources ?? []).map((source) => source.name);
      setTurns((current) => [...current, { role: 'bot', text: answer.data.answers, sources }]);
    } catch (failure) {
      setError(desk.explain(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="agent-test" aria-labelledby="test-heading">
      <h2 id="test-heading">Test this agent</h2>
      <ol class="transcript" aria-label="Test chat">
        {turns.map((turn, index) => (
          <li key={index} class={`message test-${turn.role}`}>
            <span class="message-meta">{turn.role === 'you' ? 'You' : bot.name}</span>
            {turn.role === 'bot' ? (
              <div class="message-text">
                <Markdown text={turn.text} />
              </div>
            ) : (
              <p class="message-text">{turn.text}</p>
            )}
            {turn.sources && turn.sources.length > 0 && (
              <p class="muted">Sources: {turn.sources.join(', ')}</p>
            )}
          </li>
        ))}
      </ol>
      <form class="row" onSubmit={send}>
        <label>
          Ask the bot
          <input value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Waiting…' : 'Send'}
        </button>
        {conversationId && (
          <button
            type="button"
            onClick={() => {
              setTurns([]);
              setConversationId(undefined);
            }}
          >
            New chat
          </button>
        )}
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
