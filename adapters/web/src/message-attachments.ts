/**
 * A message's attachments: each must be one the visitor uploaded, and no more than the bot allows.
 * They travel in the message text as `[📎 name](attachment:att_…)` lines, which the console and the
 * widget show as the file (the transcript has no other place for them).
 */
import { type Bot, ValidationError } from '@frontdesk/core';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import type { VisitorClaims } from './visitor-token.js';

export interface AttachmentNote {
  id?: string | undefined;
  name: string;
  type?: string | undefined;
}

/** Brackets and parentheses would end the link early; they become look-alikes. */
const safeName = (name: string) => name.replace(/[[\]]/g, '').replace(/[()]/g, '').replace(/\s+/g, ' ');

/** The lines to add to the message's text; throws a 400 naming `attachments` for a bad list. */
export async function attachmentLines(
  files: FileStorage,
  bot: Bot,
  visitor: VisitorClaims,
  notes: AttachmentNote[],
): Promise<string[]> {
  if (notes.length === 0) return [];
  const limits = bot.settings.widget.attachments;
  if (!limits?.enabled) throw new ValidationError('attachments: this bot does not take files.');
  if (notes.length > limits.maxFiles) {
    throw new ValidationError(`attachments: at most ${limits.maxFiles} files per message.`);
  }
  const lines: string[] = [];
  for (const [index, note] of notes.entries()) {
    if (!note.id) {
      // A name only (older widgets): kept as words, nothing to show.
      lines.push(`[${safeName(note.name)}]`);
      continue;
    }
    const info = await files.info(note.id);
    const owned = info?.visitorId === visitor.visitorId && info.botId === visitor.botId;
    if (!info || !owned) {
      throw new ValidationError(`attachments.${index}.id: no such upload of this visitor.`);
    }
    lines.push(`[📎 ${safeName(info.name)}](attachment:${info.id})`);
  }
  return lines;
}
