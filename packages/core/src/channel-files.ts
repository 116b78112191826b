/**
 * The port through which Slack and Teams hand over the files a user sent: the services download and
 * keep them like widget uploads; the adapter adds the returned lines to the message and tells the
 * user which files were refused.
 */

/** A file the adapter saw: its name and where its bytes are (with the headers that open it). */
export interface ChannelFileRef {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** The size the platform announced, when it did: a larger file is refused without downloading. */
  size?: number;
}

export interface KeptFiles {
  /** The lines to add to the message text, `[📎 name](attachment:att_…)`, one per kept file. */
  lines: string[];
  /** Each file not kept, by its position in the refs, with why (a sentence). */
  refused: { index: number; name: string; reason: string }[];
}

export interface ChannelFileOwner {
  workspaceId: string;
  botId: string;
  /** Who sent them, e.g. `slack:T1:U1`; the stored file's owner. */
  senderId: string;
}

export type KeepChannelFiles = (owner: ChannelFileOwner, refs: ChannelFileRef[]) => Promise<KeptFiles>;

/** What the user reads when some of their files were not kept. */
export const refusedFilesNote = (refused: KeptFiles['refused']) =>
  `I couldn't keep ${refused.length === 1 ? 'this file' : 'these files'}:\n${refused.map((file) => `• ${file.name}: ${file.reason}`).join('\n')}`;

/**
 * The person's own words with look-alikes of file lines broken up (`] (attachment:`), so only files
 * the server kept travel as files (to the console, tickets and the agent).
 */
export const withoutFileLookAlikes = (words: string) => words.replaceAll('](attachment:', '] (attachment:');
