/** The chat messages sent to the model: instructions with numbered passages, trimmed history, the question. */
import type { AgentTurn } from '@frontdesk/core';
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { withoutFileLinks } from './attachment-inputs.js';

export const DEFAULT_SYSTEM_PROMPT =
  'You are a friendly support agent. Answer only from the numbered passages and the conversation. ' +
  'If they do not contain the answer, say so briefly and offer to open a ticket for the support team.';

const CITATION_RULES =
  'Cite the passages you use with their numbers in square brackets, like [1] or [2][3], right after ' +
  'the sentence they support. Never invent a number. Use the search_knowledge tool when the passages ' +
  'do not cover the question, and the create_ticket tool when the person needs a human or you cannot help.';

/** Tokens in a text, estimated at four characters each (close enough for budgeting English text). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4) + 4;
}

/**
 * The latest turns that fit in `budget` tokens, oldest first. Staff answers count as the
 * assistant's (the person saw them as answers); system notes are left out.
 */
export function trimHistory(history: readonly AgentTurn[], budget: number): ChatCompletionMessageParam[] {
  const kept: ChatCompletionMessageParam[] = [];
  let used = 0;
  for (let index = history.length - 1; index >= 0; index--) {
    const turn = history[index]!;
    if (turn.role === 'system' || turn.text.trim() === '') continue;
    // Earlier files stay names: images are sent once, with the message that carried them.
    const text = withoutFileLinks(turn.text);
    used += estimateTokens(text);
    if (used > budget) break;
    kept.push(turn.role === 'user' ? { role: 'user', content: text } : { role: 'assistant', content: text });
  }
  return kept.reverse();
}

/** Few-shot turns, interleaved: the n-th user example, then the n-th assistant example. */
export function exampleTurns(examples: {
  user: readonly string[];
  assistant: readonly string[];
}): ChatCompletionMessageParam[] {
  const turns: ChatCompletionMessageParam[] = [];
  for (let index = 0; index < Math.max(examples.user.length, examples.assistant.length); index++) {
    const user = examples.user[index];
    const assistant = examples.assistant[index];
    if (user !== undefined) turns.push({ role: 'user', content: user });
    if (assistant !== undefined) turns.push({ role: 'assistant', content: assistant });
  }
  return turns;
}

/** The first messages of a request: the system prompt with the passages, examples, history, then the question. */
export function buildMessages(options: {
  systemPrompt: string | undefined;
  examples?: { user: readonly string[]; assistant: readonly string[] } | undefined;
  context: string;
  history: readonly AgentTurn[];
  historyTokens: number;
  /** The question: its text, or text and image parts when it carries images. */
  content: string | ChatCompletionContentPart[];
}): ChatCompletionMessageParam[] {
  const passages = options.context === '' ? 'No passages were found for this question.' : options.context;
  const system = [
    options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT,
    CITATION_RULES,
    `Passages:\n\n${passages}`,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    ...(options.examples ? exampleTurns(options.examples) : []),
    ...trimHistory(options.history, options.historyTokens),
    { role: 'user', content: options.content },
  ];
}
