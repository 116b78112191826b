/** Every conversation of the workspace, latest activity first, with channel and bot filters and paging. */
import type { ConversationRow, Paging } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { query } from './api.js';
import { ConversationPanel } from './conversation-panel.js';
import { useDesk } from './desk-context.js';
import { formatDate, requesterLabel, roleName } from './format.js';
import { markdownPlainText } from './markdown.js';
import { Pager } from './pager.js';
import { routeHref } from './route.js';
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
        <div class="table-scroll">
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">Requester</th>
                <th scope="col">Channel</th>
                <th scope="col">Last message</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {conversations.map((conversation) => (
                <tr key={conversation.id}>
                  <td data-label="Requester">
                    <a
                      href={routeHref({ name: 'conversation', id: conversation.id })}
                      title={conversation.id}
                    >
                      {requesterLabel(conversation.requester)}
                    </a>
                  </td>
                  <td data-label="Channel" class="nowrap">
                    <span>
                      {conversation.channel} · {conversation.botId}
                      {conversation.paused && <span class="badge">Taken over</span>}
                    </span>
                  </td>
                  <td data-label="Last message">
                    {conversation.lastMessage ? (
                      <span class="preview">
                        {roleName(conversation.lastMessage.role)}:{' '}
                        {markdownPlainText(conversation.lastMessage.text)}
                      </span>
                    ) : (
                      <span class="muted">No messages</span>
                    )}
                  </td>
                  <td data-label="Last activity" class="nowrap">
                    {formatDate(conversation.lastModifiedDate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
      <h1>
        Conversation <code class="heading-id">{id}</code>
      </h1>
      <ConversationPanel conversationId={id} titled />
    </article>
  );
}
