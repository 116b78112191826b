/**
 * Files a visitor attached, uploaded to the Jira issue their ticket became. The transcript in the
 * ticket's description names them as `(attachment:att_…)` links; the bytes come from Frontdesk's
 * file storage, through the small `AttachmentReader` port.
 */
import { randomUUID } from 'node:crypto';
import type { Ticket } from '@frontdesk/core';
import type { FetchLike } from './http.js';

/** Reads a stored attachment (the services' FileStorage fits). */
export interface AttachmentReader {
  get(id: string): Promise<{ info: { name: string; type: string }; body: Uint8Array } | undefined>;
}

const ATTACHMENT_LINK = /\]\(attachment:(att_[A-Za-z0-9_-]{16,40})\)/g;

/** The attachment ids a ticket's description mentions, each once, in order. */
export function attachmentIdsOf(ticket: Ticket): string[] {
  return [...new Set([...ticket.description.matchAll(ATTACHMENT_LINK)].map((match) => match[1] as string))];
}

/**
 * One `file` part, built by hand: the outbound fetch (its own undici) does not take the global
 * FormData. Quotes, backslashes and line breaks in the name would break the header: they become `_`.
 */
function multipart(name: string, type: string, bytes: Uint8Array): { boundary: string; body: Uint8Array } {
  const boundary = `frontdesk-${randomUUID()}`;
  const safeName = name.replace(/["\\\r\n]/g, '_');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${type}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { boundary, body: new Uint8Array(body) };
}

export interface JiraUpload {
  base: string;
  headers: Record<string, string>;
  issueKey: string;
  fetch: FetchLike;
  timeoutMs?: number | undefined;
}

/**
 * Uploads each file (`POST /rest/api/3/issue/{key}/attachments`, multipart, with the header Jira
 * asks of uploads). Best effort: the issue exists already, and a file that cannot go is left in
 * Frontdesk, where staff still see it. Returns how many went.
 */
export async function uploadToJira(
  request: JiraUpload,
  files: AttachmentReader,
  ids: string[],
): Promise<number> {
  let sent = 0;
  for (const id of ids) {
    try {
      const file = await files.get(id);
      if (!file) continue;
      const form = multipart(file.info.name, file.info.type, file.body);
      const response = await request.fetch(
        `${request.base}/rest/api/3/issue/${encodeURIComponent(request.issueKey)}/attachments`,
        {
          method: 'POST',
          headers: {
            ...request.headers,
            Accept: 'application/json',
            'Content-Type': `multipart/form-data; boundary=${form.boundary}`,
            'X-Atlassian-Token': 'no-check',
          },
          body: form.body as Uint8Array<ArrayBuffer>,
          signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
        },
      );
      await response.arrayBuffer();
      if (response.ok) sent += 1;
    } catch {
      // Left in Frontdesk; the next file may still go.
    }
  }
  return sent;
}
