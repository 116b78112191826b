/** The markdown transcript put on a ticket: every message, with the sources of each answer. */
import type { StoredMessage } from './records.js';

const ROLE_LABEL: Record<StoredMessage['role'], string> = {
  user: 'Customer',
  assistant: 'Agent',
  staff: 'Staff',
  system: 'System',
};

export function renderTranscript(messages: StoredMessage[]): string {
  return messages
    .map((message) => {
      const time = new Date(message.createdAt).toISOString();
      const lines = [`**${ROLE_LABEL[message.role]}** (${time}):`, '', message.text];
      if (message.sources.length > 0) {
        lines.push('', 'Sources:');
        for (const source of message.sources) {
          const link = source.url ? ` — ${source.url}` : '';
          lines.push(`- ${source.name} (${Math.round(source.score * 100)}%)${link}`);
        }
      }
      return lines.join('\n');
    })
    .join('\n\n---\n\n');
}

/** A one-line summary: the first thing the person wrote, shortened. */
export function summarise(messages: StoredMessage[], fallback: string): string {
  const first = messages.find((message) => message.role === 'user')?.text ?? fallback;
  const line = first.replace(/\s+/g, ' ').trim();
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}
