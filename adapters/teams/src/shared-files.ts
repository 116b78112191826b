/**
 * Images and files a person sends in Teams: handed to the core's `keepFiles` (kept like widget
 * uploads) and named in the chat, after the answer, when refused. An inline image's `contentUrl` opens with the bot's
 * token (sent only to the activity's own service); a personal chat's file has a `downloadUrl` that
 * needs none. Anything else — and everything when the port is absent — travels as its name.
 */
import { refusedFilesNote } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdapterContext } from './adapter-context.js';

const DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const MEDIA = /^(image|audio|video)\/|^application\/vnd\.microsoft\.teams\.file/;

export interface TeamsDownload {
  name: string;
  url: string;
  /** An inline image on the Bot Connector: opened with the bot's token. */
  inline: boolean;
  /** How it reads when it cannot be kept. */
  label: string;
}

export interface TeamsMedia {
  downloads: TeamsDownload[];
  /** Names (and tenant links) of media that cannot be downloaded. */
  names: string[];
}

/** The person's media (not cards, not the HTML copy of the text), split into downloads and names. */
export function teamsMedia(activity: Activity): TeamsMedia {
  const media: TeamsMedia = { downloads: [], names: [] };
  for (const attachment of activity.attachments ?? []) {
    if (!MEDIA.test(attachment.contentType)) continue;
    const name = attachment.name ?? attachment.contentType.split('/')[0] ?? 'file';
    // A shared file's link opens for people of the tenant, so it reaches the ticket; an inline image's does not.
    const link = attachment.contentType.startsWith('application/vnd.microsoft.teams.file')
      ? attachment.contentUrl
      : undefined;
    const label = link?.startsWith('https://') ? `${name} (${link})` : name;
    const downloadUrl = (attachment.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
    if (attachment.contentType.startsWith('image/') && attachment.contentUrl) {
      media.downloads.push({ name, url: attachment.contentUrl, inline: true, label });
    } else if (attachment.contentType === DOWNLOAD_INFO && typeof downloadUrl === 'string') {
      media.downloads.push({ name, url: downloadUrl, inline: false, label });
    } else {
      media.names.push(label);
    }
  }
  return media;
}

/** The bearer token the turn's connector client sends, if any. */
function botAuthorization(context: AdapterContext, turn: TurnContext): string | undefined {
  const client = turn.turnState.get(context.cloud.ConnectorClientKey) as
    | { httpClient?: { defaultHeaders?: Record<string, string> } }
    | undefined;
  const headers = client?.httpClient?.defaultHeaders ?? {};
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
  return key ? headers[key] : undefined;
}

const sameOrigin = (url: string, other: string | undefined) => {
  try {
    return other !== undefined && new URL(url).origin === new URL(other).origin;
  } catch {
    return false;
  }
};

export interface TeamsKeptFiles {
  /** Attachment lines for kept files, then the names of the others. */
  lines: string[];
  /** What to tell the person about refused files, sent after the answer. */
  note?: string;
}

/** Keeps the downloads through the port (without it, they read as their names). */
export async function keepTeamsFiles(
  context: AdapterContext,
  turn: TurnContext,
  activity: Activity,
  downloads: TeamsDownload[],
): Promise<TeamsKeptFiles> {
  if (downloads.length === 0) return { lines: [] };
  if (!context.keepFiles) return { lines: [`[${downloads.map((file) => file.label).join(', ')}]`] };
  const authorization = botAuthorization(context, turn);
  const kept = await context.keepFiles(
    {
      workspaceId: context.settings.workspaceId,
      botId: context.settings.botId,
      senderId: `teams:${activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown'}`,
    },
    downloads.map((file) => ({
      name: file.name,
      url: file.url,
      ...(file.inline && authorization && sameOrigin(file.url, activity.serviceUrl)
        ? { headers: { Authorization: authorization } }
        : {}),
    })),
  );
  if (kept.refused.length === 0) return { lines: kept.lines };
  // A refused file still reads as its name, so staff know it was sent.
  const refused = kept.refused.map((file) => downloads[file.index]?.label ?? file.name);
  return { lines: [...kept.lines, `[${refused.join(', ')}]`], note: refusedFilesNote(kept.refused) };
}
