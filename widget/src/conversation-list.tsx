/** The visitor's past conversations; picking one loads its history. */

import type { WidgetConversation } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import type { Strings } from './i18n.js';

interface Props {
  conversations: WidgetConversation[];
  strings: Strings;
  onPick(id: string): void;
}

export function ConversationList({ conversations, strings, onPick }: Props) {
  if (conversations.length === 0) return <p class="fd-empty">{strings.noConversations}</p>;
  return (
    <ul class="fd-list">
      {conversations.map((conversation) => (
        <li key={conversation.id}>
          <button type="button" onClick={() => onPick(conversation.id)}>
            <span class="fd-preview">{conversation.preview || '…'}</span>
            <time>{new Date(conversation.updatedAt).toLocaleString()}</time>
          </button>
        </li>
      ))}
    </ul>
  );
}
