/** Small display helpers: dates, requesters, roles. */
import type { Message, Requester } from './types.js';

/** A date as the browser's locale shows it, e.g. `21/11/2026, 09:30`. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** The requester's name and email, or a dash. */
export function formatRequester(requester: Requester | null | undefined): string {
  if (!requester) return '—';
  const parts = [requester.name, requester.email && `<${requester.email}>`].filter(Boolean);
  return parts.length ? parts.join(' ') : (requester.id ?? '—');
}

const ROLE_NAMES: Record<Message['role'], string> = {
  user: 'Requester',
  assistant: 'Agent',
  staff: 'Staff',
  system: 'System',
};

/** Who wrote a message, for people. */
export function roleName(role: Message['role']): string {
  return ROLE_NAMES[role] ?? role;
}
