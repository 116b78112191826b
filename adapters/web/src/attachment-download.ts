/**
 * `GET /widget/v1/attachments/{id}`: a stored file, for the visitor who sent it (visitor token) or
 * staff who may read conversations (a token or the console's session). Never rendered as a page:
 * the type is the one found from the bytes, `nosniff`, a sandboxing CSP, and non-images download.
 */
import { type Clock, NotFoundError, type Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { requirePermission } from '@frontdesk/http/permissions';
import { requireTokenOrSession } from '@frontdesk/http/routes/auth/session-auth';
import type { FileStorage, StoredFile } from '@frontdesk/services/files/file-storage';
import { isImage } from '@frontdesk/services/files/sniff-type';
import { type Context, Hono } from 'hono';
import { attachmentDocs } from './attachment-docs.js';
import type { VisitorTokens } from './visitor-token.js';
import { checkOrigin, loadWidgetBot } from './widget-bots.js';
import type { WidgetEnv } from './widget-env.js';

export interface AttachmentDownloadDependencies {
  files: FileStorage;
  store: Store;
  tokens: VisitorTokens;
  clock: Clock;
  publicUrl: string;
}

/** `filename*` in RFC 5987 form, so any name is safe in the header. */
const disposition = (kind: 'inline' | 'attachment', name: string) =>
  `${kind}; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16)}`)}`;

function fileResponse(file: StoredFile): Response {
  const { info } = file;
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': info.type === 'text/plain' ? 'text/plain; charset=utf-8' : info.type,
      'Content-Length': String(info.size),
      'Content-Disposition': disposition(isImage(info.type) ? 'inline' : 'attachment', info.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy':
        "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
      'Cache-Control': 'private, max-age=3600',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}

export function attachmentDownload(deps: AttachmentDownloadDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  const staff = requireTokenOrSession(deps.store, { clock: deps.clock });
  const notFound = () => new NotFoundError('Attachment not found.');

  routes.get('/attachments/:id', attachmentDocs.download, async (context) => {
    const info = await deps.files.info(context.req.param('id'));
    if (!info) throw notFound();
    const match = /^Bearer\s+(\S+)$/i.exec(context.req.header('authorization') ?? '');
    const visitor = match ? deps.tokens.verify(match[1] as string, deps.clock.now()) : undefined;
    if (visitor) {
      const bot = await loadWidgetBot(deps.store, visitor.workspaceId, visitor.botId);
      checkOrigin(context, bot, deps.publicUrl, { required: false });
      const owner =
        info.visitorId === visitor.visitorId &&
        info.workspaceId === visitor.workspaceId &&
        info.botId === visitor.botId;
      if (!owner) throw notFound();
      const file = await deps.files.get(info.id);
      if (!file) throw notFound();
      return fileResponse(file);
    }
    // Not a visitor: staff, by token or the console's session cookie, in the file's workspace.
    let response: Response | undefined;
    const outcome = await staff(context as unknown as Context<AppEnv>, async () => {
      requirePermission(context as unknown as Context<AppEnv>, 'conversations', 'read');
      if (context.get('token').workspaceId !== info.workspaceId) throw notFound();
      const file = await deps.files.get(info.id);
      if (!file) throw notFound();
      response = fileResponse(file);
    });
    return response ?? (outcome as Response);
  });
  return routes;
}
