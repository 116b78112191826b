import type { ChannelFileRef } from '@frontdesk/core';
import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { describe, expect, it } from 'vitest';
import type { AdapterContext } from './adapter-context.js';
import { keepTeamsFiles, teamsMedia } from './shared-files.js';

const SERVICE = 'https://smba.trafficmanager.net/emea/';
const KEY = Symbol('connector');

function message(attachments: object[]): Activity {
  return Activity.fromObject({
    type: 'message',
    serviceUrl: SERVICE,
    from: { id: '29:1', aadObjectId: 'aad-1' },
    conversation: { id: 'a:1' },
    attachments,
  });
}

/** A context whose port records the refs, and a turn whose connector client sends `Bearer bot-token`. */
function setup(refused: { index: number; name: string; reason: string }[] = []) {
  const seen: ChannelFileRef[][] = [];
  const context = {
    settings: { workspaceId: 'ws_1', botId: 'bot_1' },
    cloud: { ConnectorClientKey: KEY },
    keepFiles: async (_owner: unknown, refs: ChannelFileRef[]) => {
      seen.push(refs);
      return { lines: ['[📎 shot.png](attachment:att_aaaaaaaaaaaaaaaaaaaa)'], refused };
    },
  } as unknown as AdapterContext;
  const turn = {
    turnState: new Map([[KEY, { httpClient: { defaultHeaders: { authorization: 'Bearer bot-token' } } }]]),
  } as unknown as TurnContext;
  return { context, turn, seen };
}

describe('Teams files', () => {
  it("sends the bot's token only to an inline image on the activity's own service", async () => {
    const activity = message([
      { contentType: 'image/png', contentUrl: `${SERVICE}v3/attachments/1/views/original`, name: 'shot.png' },
      { contentType: 'image/png', contentUrl: 'https://elsewhere.example.com/a.png', name: 'a.png' },
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: 'https://contoso.sharepoint.com/doc.pdf',
        name: 'doc.pdf',
        content: { downloadUrl: 'https://contoso.sharepoint.com/download?id=1' },
      },
      { contentType: 'text/html', content: '<p>hi</p>' },
    ]);
    const { context, turn, seen } = setup();
    const media = teamsMedia(activity);
    expect(media.names).toEqual([]);
    await keepTeamsFiles(context, turn, activity, media.downloads);
    expect(seen[0]).toEqual([
      {
        name: 'shot.png',
        url: `${SERVICE}v3/attachments/1/views/original`,
        headers: { Authorization: 'Bearer bot-token' },
      },
      { name: 'a.png', url: 'https://elsewhere.example.com/a.png' },
      { name: 'doc.pdf', url: 'https://contoso.sharepoint.com/download?id=1' },
    ]);
  });

  it('keeps a channel file (no download URL) as its name and link', () => {
    const media = teamsMedia(
      message([
        {
          contentType: 'application/vnd.microsoft.teams.file.reference',
          contentUrl: 'https://contoso.sharepoint.com/sites/x/doc.docx',
          name: 'doc.docx',
        },
      ]),
    );
    expect(media).toEqual({
      downloads: [],
      names: ['doc.docx (https://contoso.sharepoint.com/sites/x/doc.docx)'],
    });
  });

  it('returns a note naming refused files, and keeps their names in the text', async () => {
    const activity = message([
      { contentType: 'image/png', contentUrl: `${SERVICE}v3/attachments/1/views/original`, name: 'shot.png' },
      { contentType: 'image/gif', contentUrl: `${SERVICE}v3/attachments/2/views/original`, name: 'big.gif' },
    ]);
    const { context, turn } = setup([
      { index: 1, name: 'big.gif', reason: "larger than this bot's limit of 1 MB." },
    ]);
    const kept = await keepTeamsFiles(context, turn, activity, teamsMedia(activity).downloads);
    expect(kept).toEqual({
      lines: ['[📎 shot.png](attachment:att_aaaaaaaaaaaaaaaaaaaa)', '[big.gif]'],
      note: "I couldn't keep this file:\n• big.gif: larger than this bot's limit of 1 MB.",
    });
  });
});
