/** Small display helpers: dates, requesters, roles. */
import type { MessageView, RequesterView } from '@frontdesk/core/wire';

/** A date as the browser's locale shows it, e.g. `21/11/2026, 09:30`. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** The requester's name and email, or a dash. */
export function formatRequester(requester: RequesterView | null | undefined): string {
  if (!requester) return '—';
  const parts = [requester.name, requester.email && `<${requester.email}>`].filter(Boolean);
  return parts.length ? parts.join(' ') : (requester.id ?? '—');
}

/** A requester in one short label for lists: name, else email, else an anonymous visitor. */
export function requesterLabel(requester: RequesterView | null | undefined): string {
  return (
    requester?.name || requester?.email || (requester?.id ? `Visitor ${requester.id}` : 'Anonymous visitor')
  );
}

/** Every field we know about the requester (identify() fields included), for a details list. */
export function requesterFields(requester: RequesterView | null | undefined): Array<[string, string]> {
  if (!requester) return [];
  const known: Array<[string, string]> = [
    ['name', 'Name'],
    ['email', 'Email'],
    ['phone', 'Phone'],
    ['company', 'Company'],
    ['id', 'User id'],
  ];
  const rows = known.flatMap(([key, label]): Array<[string, string]> => {
    const value = requester[key];
    return typeof value === 'string' && value ? [[label, value]] : [];
  });
  const extra = Object.entries(requester).filter(
    ([key, value]) => !known.some(([name]) => name === key) && value != null && value !== '',
  );
  for (const [key, value] of extra)
    rows.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
  return rows;
}

const ROLE_NAMES: Record<MessageView['role'], string> = {
  user: 'Requester',
  assistant: 'Agent',
  staff: 'Staff',
  system: 'System',
};

/** Who wrote a message, for people. */
export function roleName(role: MessageView['role']): string {
  return ROLE_NAMES[role] ?? role;
}
