/** Who is asking: every field the channel or the site's `identify()` call gave, or "anonymous". */
import type { ConversationRow } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { requesterFields } from './format.js';

export function RequesterDetails({ conversation }: { conversation: ConversationRow }) {
  const fields = requesterFields(conversation.requester);
  return (
    <section class="requester" aria-labelledby="requester-heading">
      <h3 id="requester-heading">Requester</h3>
      {fields.length === 0 ? (
        <p class="muted">Anonymous visitor ({conversation.channel}): no name or email given yet.</p>
      ) : (
        <dl class="meta">
          {fields.map(([label, value]) => [
            <dt key={`${label}-dt`}>{label}</dt>,
            <dd key={`${label}-dd`}>{value}</dd>,
          ])}
          <dt>Channel</dt>
          <dd>{conversation.channel}</dd>
        </dl>
      )}
    </section>
  );
}
