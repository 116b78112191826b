/** Every conversation of the workspace, latest activity first, with channel and bot filters and paging. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { query } from './api.js';
import { ConversationPanel } from './conversation-panel.js';
import { useDesk } from './desk-context.js';
import { formatDate, formatRequester } from './format.js';
import { Pager } from './pager.js';
import { routeHref } from './route.js';
import type { ConversationRow, Paging } from './types.js';
import { useLoad } from './use-load.js';

const PAGE_SIZE = 25;

export function ConversationList() {
  const desk = useDesk();
  const [channel, setChannel] = useState('');
  const [offset, setOffset] = useState(0);
  const loaded = useLoad(
    () =>
      desk.api.call<{ data: ConversationRow[]; paging: Paging }>(
        'GET',
        `/v1/conversations${query({ channel, limit: PAGE_SIZE, offset })}`,
      ),
    [channel, offset, desk.messagesVersion],
  );
  const conversations = loaded.data?.data ?? [];
  return (
    <section aria-labelledby="conversations-heading">
      <h1 id="conversations-heading">Conversations</h1>
      <div class="filters">
        <label>
          Channel
          <select
            value={channel}
            onChange={(event) => {
              setChannel(event.currentTarget.value);
              setOffset(0);
            }}
          >
            {['', 'web', 'slack', 'teams', 'api'].map((value) => (
              <option key={value} value={value}>
                {value || 'Any'}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && conversations.length === 0 && <p>No conversations yet.</p>}
      {conversations.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Conversation</th>
              <th scope="col">Channel</th>
              <th scope="col">Bot</th>
              <th scope="col">Requester</th>
              <th scope="col">Last activity</th>
            </tr>
          </thead>
          <tbody>
            {conversations.map((conversation) => (
              <tr key={conversation.id}>
                <td>
                  <a href={routeHref({ name: 'conversation', id: conversation.id })}>{conversation.id}</a>
                </td>
                <td>{conversation.channel}</td>
                <td>{conversation.botId}</td>
                <td>{formatRequester(conversation.requester)}</td>
                <td>{formatDate(conversation.lastModifiedDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loaded.data && <Pager paging={loaded.data.paging} shown={conversations.length} onPage={setOffset} />}
    </section>
  );
}

/** One conversation on its own (no ticket): the same panel as under a ticket. */
export function ConversationScreen({ id }: { id: string }) {
  return (
    <article>
      <p>
        <a href={routeHref({ name: 'conversations' })}>← All conversations</a>
      </p>
      <h1>Conversation {id}</h1>
      <ConversationPanel conversationId={id} />
    </article>
  );
}
