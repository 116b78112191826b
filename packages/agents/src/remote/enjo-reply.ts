/** Reads an Enjo-compatible reply body into text, sources and ticket details, tolerating missing fields. */
import type { Source, TicketDetails } from '@frontdesk/core';

export interface EnjoReply {
  answers: string;
  sources: Source[];
  conversationId: string | undefined;
  ticket: TicketDetails | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function readSource(value: unknown): Source | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const name = text(fields.name);
  if (!name) return undefined;
  const score = typeof fields.score === 'number' ? Math.min(1, Math.max(0, fields.score)) : 0;
  const url = text(fields.url);
  return { type: text(fields.type) ?? 'remote', name, score, ...(url ? { url } : {}) };
}

function readTicket(value: unknown): TicketDetails | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const id = text(fields.id) ?? text(fields.caseNumber);
  if (!id) return undefined;
  const url = text(fields.url);
  const now = new Date().toISOString();
  return {
    id,
    ...(url ? { url } : {}),
    type: text(fields.type) ?? 'support',
    status: text(fields.status) ?? 'open',
    priority: text(fields.priority) ?? 'medium',
    description: text(fields.description) ?? '',
    createdDate: text(fields.createdDate) ?? now,
    lastModifiedDate: text(fields.lastModifiedDate) ?? text(fields.createdDate) ?? now,
  };
}

/** The `data` of a `{success: true, data}` body; undefined when the body is not one. */
export function readEnjoReply(body: unknown): EnjoReply | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const data = (body as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  const sources = Array.isArray(fields.sources) ? fields.sources.map(readSource) : [];
  return {
    answers: text(fields.answers) ?? '',
    sources: sources.filter((source): source is Source => source !== undefined),
    conversationId: text(fields.conversationId),
    ticket: readTicket(fields.ticketDetails),
  };
}

/** `Retry-After` in milliseconds (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
