/**
 * Files a person attached, uploaded to the ServiceNow incident their ticket became, with the
 * Attachment API (`POST /api/now/attachment/file`, the raw bytes as the body). A failed upload is
 * tried once more when the failure may pass; a file that still cannot go stays in Frontdesk and
 * the incident gets a work note naming it, so the agent knows to look there.
 */
import type { FetchLike } from './http.js';
import type { AttachmentReader } from './jira-attachments.js';

export interface ServiceNowUpload {
  base: string;
  headers: Record<string, string>;
  /** The incident's `sys_id`. */
  sysId: string;
  fetch: FetchLike;
  timeoutMs?: number | undefined;
  /** Before the second try. Default 1000 ms. */
  retryDelayMs?: number | undefined;
}

export interface UploadOutcome {
  sent: number;
  /** The names of files that could not go (a missing file is not counted). */
  failed: string[];
}

/** 429, 5xx and lost connections may pass; a 4xx other than 429 will not. */
const mayPass = (status: number | undefined) => status === undefined || status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One try; the status of a refused upload, `undefined` for a lost connection, `ok` once stored. */
async function tryUpload(
  request: ServiceNowUpload,
  file: { info: { name: string; type: string }; body: Uint8Array },
): Promise<'ok' | number | undefined> {
  const query = new URLSearchParams({
    table_name: 'incident',
    table_sys_id: request.sysId,
    file_name: file.info.name,
  });
  try {
    const response = await request.fetch(`${request.base}/api/now/attachment/file?${query}`, {
      method: 'POST',
      headers: { ...request.headers, Accept: 'application/json', 'Content-Type': file.info.type },
      body: file.body as Uint8Array<ArrayBuffer>,
      signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
    });
    await response.arrayBuffer();
    return response.ok ? 'ok' : response.status;
  } catch {
    return undefined;
  }
}

/** Uploads each file in order; returns how many went and which could not. */
export async function uploadToServiceNow(
  request: ServiceNowUpload,
  files: AttachmentReader,
  ids: string[],
): Promise<UploadOutcome> {
  const outcome: UploadOutcome = { sent: 0, failed: [] };
  for (const id of ids) {
    const file = await files.get(id).catch(() => undefined);
    if (!file) continue;
    let result = await tryUpload(request, file);
    if (result !== 'ok' && mayPass(result)) {
      await sleep(request.retryDelayMs ?? 1000);
      result = await tryUpload(request, file);
    }
    if (result === 'ok') outcome.sent += 1;
    else outcome.failed.push(file.info.name);
  }
  return outcome;
}

/** The work note an incident gets for files that could not be uploaded. */
export function failedUploadsNote(names: string[]): string {
  const one = names.length === 1;
  return (
    `Frontdesk could not upload ${one ? 'this attachment' : 'these attachments'}: ${names.join(', ')}. ` +
    `Open the conversation in Frontdesk to see ${one ? 'it' : 'them'}.`
  );
}
