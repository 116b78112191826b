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

/** The value under `name` in any key case (`ticketDetails`, `ticketdetails`, `TicketDetails`). */
function field(fields: Record<string, unknown>, name: string): unknown {
  if (name in fields) return fields[name];
  const wanted = name.toLowerCase();
  const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : fields[key];
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

function readSource(value: unknown): Source | undefined {
  const fields = asObject(value);
  if (!fields) return undefined;
  const name = text(field(fields, 'name'));
  if (!name) return undefined;
  const rawScore = field(fields, 'score');
  const score = typeof rawScore === 'number' ? Math.min(1, Math.max(0, rawScore)) : 0;
  const url = text(field(fields, 'url'));
  return { type: text(field(fields, 'type')) ?? 'remote', name, score, ...(url ? { url } : {}) };
}

const SUPPLIED = ['suppliedName', 'suppliedEmail', 'suppliedPhone', 'suppliedCompany'] as const;

function readTicket(value: unknown): TicketDetails | undefined {
  const fields = asObject(value);
  if (!fields) return undefined;
  const read = (name: string) => text(field(fields, name));
  const id = read('id') ?? read('caseNumber');
  if (!id) return undefined;
  const url = read('url');
  const caseNumber = read('caseNumber');
  const attributes = asObject(field(fields, 'attributes'));
  const attributeType = attributes ? text(field(attributes, 'type')) : undefined;
  const attributeUrl = attributes ? text(field(attributes, 'url')) : undefined;
  const now = new Date().toISOString();
  const supplied: Partial<Record<(typeof SUPPLIED)[number], string>> = {};
  for (const name of SUPPLIED) {
    const found = read(name);
    if (found) supplied[name] = found;
  }
  return {
    id,
    ...(caseNumber ? { caseNumber } : {}),
    ...(url ? { url } : {}),
    ...(attributeType
      ? { attributes: { type: attributeType, ...(attributeUrl ? { url: attributeUrl } : {}) } }
      : {}),
    ...supplied,
    type: read('type') ?? 'support',
    status: read('status') ?? 'open',
    priority: read('priority') ?? 'medium',
    description: read('description') ?? '',
    createdDate: read('createdDate') ?? now,
    lastModifiedDate: read('lastModifiedDate') ?? read('createdDate') ?? now,
  };
}

/** The `data` of a `{success: true, data}` body, keys in any case; undefined when the body is not one. */
export function readEnjoReply(body: unknown): EnjoReply | undefined {
  const envelope = asObject(body);
  const fields = envelope ? asObject(field(envelope, 'data')) : undefined;
  if (!fields) return undefined;
  const rawSources = field(fields, 'sources');
  const sources = Array.isArray(rawSources) ? rawSources.map(readSource) : [];
  return {
    answers: text(field(fields, 'answers')) ?? '',
    sources: sources.filter((source): source is Source => source !== undefined),
    conversationId: text(field(fields, 'conversationId')),
    ticket: readTicket(field(fields, 'ticketDetails')),
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
