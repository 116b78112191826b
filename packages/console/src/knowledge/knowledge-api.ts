/** The knowledge API as the console uses it: article, upload, source and connector paths and shapes. */
import type { ConnectorView } from '@frontdesk/core/wire';
import { type Api, ApiError } from '../api.js';

export interface ArticleRow {
  slug: string;
  title: string;
  url: string;
  summary: string | null;
  tags: string[];
  lang: string;
  translationOf: string | null;
  sections: number;
  shared: boolean;
}

export interface ArticleFull extends ArticleRow {
  markdown: string;
}

export interface LastSync {
  startedAt: number;
  finishedAt: number;
  status: 'ok' | 'failed';
  imported: number;
  removed: number;
  skipped: number;
  error: string | null;
}

export interface Source {
  id: string;
  kind: 'website' | 'mcp';
  url: string;
  connectorId: string | null;
  sitemap: boolean;
  maxPages: number;
  syncEveryMinutes: number | null;
  lastSync: LastSync | null;
  nextSyncAt: number | null;
}

/** A connector as `/v1/connectors` shows it: secrets masked (the console shows them not at all). */
export type Connector = ConnectorView;

/** `/v1/knowledge/{botId}` or, for shared articles, `/v1/knowledge/_shared`. */
export const knowledgePath = (botId: string, rest = '') =>
  `/v1/knowledge/${encodeURIComponent(botId)}${rest}`;

/** An article's path: shared articles live under `_shared`, whichever bot lists them. */
export const articlePath = (botId: string, article?: { slug: string; shared: boolean }) =>
  `${knowledgePath(article?.shared ? '_shared' : botId)}/articles${article ? `/${article.slug}` : ''}`;

/** `Reset your password.md` → `reset-your-password`. */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\.(md|markdown|html?|pdf|docx)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);

const UPLOAD_TYPES: Record<string, string> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The Content-Type an upload is sent with, from the file's extension (browsers often give none for .md). */
export const uploadType = (name: string) => UPLOAD_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];

/** `POST /v1/knowledge/{botId}/uploads?slug=…`: the file's bytes as the body, converted to an article. */
export async function uploadFile(api: Api, botId: string, file: File): Promise<ArticleRow> {
  const type = uploadType(file.name);
  if (!type) throw new ApiError(415, 'only .md, .html, .pdf and .docx files can be uploaded.');
  const slug = slugOf(file.name);
  let response: Response;
  try {
    response = await fetch(`${knowledgePath(botId, '/uploads')}?slug=${encodeURIComponent(slug)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...api.headers('POST'), 'Content-Type': type },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached.');
  }
  const json = (await response.json().catch(() => null)) as { message?: string; data?: ArticleRow } | null;
  if (!response.ok) throw new ApiError(response.status, json?.message ?? `HTTP ${response.status}`);
  return json?.data as ArticleRow;
}

/** A time as the reader's local date and time, or "—". */
export const when = (time: number | null | undefined) =>
  time ? new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
