/** Whether a message made only of files goes to the agent: only one that reads images, when files are named. */
import type { Bot } from './records.js';

/** A file line the channels add to a message: `[📎 name](attachment:att_…)`. */
export const ATTACHMENT_LINE = /\[📎 ([^\]\n]*)\]\(attachment:(att_[A-Za-z0-9_-]{16,40})\)/g;

/**
 * True when the bot's agent takes image inputs (an `openai` agent with `imageInputs` on) and the
 * text names stored files: the agent sees them. Any other agent is not asked about a message
 * without words; the bot answers that it reads only text.
 */
export function agentSeesFiles(bot: Pick<Bot, 'agent'>, text: string): boolean {
  if (bot.agent.kind !== 'openai' || !bot.agent.imageInputs) return false;
  return new RegExp(ATTACHMENT_LINE.source).test(text);
}
