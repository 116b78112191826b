/** `POST /widget/v1/attachments?name=…`: one file as the raw body, checked against the bot's limits and stored. */
import { randomBytes } from 'node:crypto';
import {
  type Clock,
  type RateLimiter,
  type Store,
  ValidationError,
  type WidgetAttachment,
} from '@frontdesk/core';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import { sniffType } from '@frontdesk/services/files/sniff-type';
import { Hono } from 'hono';
import { limitAddress } from './address-limits.js';
import { attachmentDocs } from './attachment-docs.js';
import type { WidgetEnv } from './widget-env.js';

export interface AttachmentUploadDependencies {
  files: FileStorage;
  /** Remembers each upload, so one no message carries is deleted after the retention. */
  store: Pick<Store, 'recordUpload'>;
  clock: Clock;
  rateLimiter: RateLimiter;
  addressLimits: boolean;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The body, refused as soon as it passes `maxBytes` (a chunked body has no length to check first). */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ValidationError(`file.size: the file is larger than this bot's limit of ${megabytes(maxBytes)}.`);
  const length = request.headers.get('content-length');
  if (length !== null && Number(length) > maxBytes) throw tooLarge();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

export function attachmentUpload(deps: AttachmentUploadDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.post('/attachments', attachmentDocs.upload, async (context) => {
    const visitor = context.get('visitor');
    const limits = context.get('bot').settings.widget.attachments;
    if (!limits?.enabled) throw new ValidationError('attachments: this bot does not take files.');
    const name = (context.req.query('name') ?? '').trim();
    if (!name || name.length > 200) {
      throw new ValidationError('name: give the file name in ?name= (1 to 200 characters).');
    }
    await limitAddress(deps.rateLimiter, {
      enabled: deps.addressLimits,
      kind: 'message',
      clientKey: context.get('clientKey'),
    });
    // Per visitor too: one visitor cannot fill the storage from many addresses.
    await limitAddress(deps.rateLimiter, {
      enabled: deps.addressLimits,
      kind: 'upload',
      clientKey: visitor.visitorId,
    });
    const body = await readLimited(context.req.raw, limits.maxBytes);
    if (body.byteLength === 0) throw new ValidationError('file: the file is empty.');
    const type = sniffType(body);
    if (!type || !(limits.types as string[]).includes(type)) {
      throw new ValidationError(
        `file.type: ${type ?? 'this kind of file'} is not accepted; send ${limits.types.join(', ')}.`,
      );
    }
    const data: WidgetAttachment = {
      id: `att_${randomBytes(18).toString('base64url')}`,
      name,
      type,
      size: body.byteLength,
    };
    const owner = {
      workspaceId: visitor.workspaceId,
      botId: visitor.botId,
      visitorId: visitor.visitorId,
      createdAt: deps.clock.now(),
    };
    // The row first: bytes stored without one could never be found by the purge.
    await deps.store.recordUpload({ id: data.id, ...owner });
    await deps.files.put({ info: { ...data, ...owner }, body });
    return context.json({ success: true, data }, 201);
  });
  return routes;
}
