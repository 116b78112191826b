import { describe, expect, it } from 'vitest';
import {
  chunkBlocks,
  MAX_SECTION_TEXT,
  sourceBlocks,
  splitText,
  textBlocks,
  trailerBlocks,
} from './blocks.js';

describe('answer blocks', () => {
  it('split long text into sections of at most 3,000 characters without losing any', () => {
    const text = Array.from({ length: 400 }, (_, index) => `Sentence number ${index} is here.`).join(' ');
    const blocks = textBlocks(text);
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(block.type === 'section' && (block.text?.text.length ?? 0) <= MAX_SECTION_TEXT).toBe(true);
    }
    expect(splitText(text).join(' ')).toBe(text);
  });

  it('cut a message with more than 50 blocks into several messages', () => {
    const blocks = textBlocks('word '.repeat(60_000));
    const messages = chunkBlocks(blocks);
    expect(blocks.length).toBeGreaterThan(50);
    expect(messages.every((message) => message.length <= 50)).toBe(true);
    expect(messages.flat()).toHaveLength(blocks.length);
  });

  it('show sources as context with links and relevance, at most 10 elements a block', () => {
    const sources = Array.from({ length: 12 }, (_, index) => ({
      type: 'knowledge_base',
      name: `Article ${index}`,
      score: 0.5,
      url: `https://example.com/${index}`,
    }));
    const blocks = sourceBlocks(sources);
    expect(blocks.every((block) => block.type === 'context' && block.elements.length <= 10)).toBe(true);
    expect(JSON.stringify(blocks)).toContain('<https://example.com/11|Article 11> · 50%');
  });

  it('end with the ticket and the three buttons', () => {
    const blocks = trailerBlocks(
      {
        answers: 'x',
        sources: [],
        conversationId: 'conv_1',
        ticketDetails: {
          id: 'TCK-1',
          type: 'support',
          status: 'open',
          priority: 'medium',
          description: 'd',
          createdDate: '',
          lastModifiedDate: '',
        },
      },
      'msg_1',
    );
    expect(JSON.stringify(blocks[0])).toContain('Ticket TCK-1');
    expect(JSON.stringify(blocks[0])).toContain('Status: *open*');
    const actions = blocks[1];
    expect(
      actions?.type === 'actions' && actions.elements.map((element) => 'value' in element && element.value),
    ).toEqual(['conv_1|msg_1', 'conv_1|msg_1', 'conv_1|msg_1']);
  });

  it("show the core's reply buttons instead of the answer's own when the reply asks something", () => {
    const data = {
      answers: 'Would you like to talk to a person from our support team?',
      sources: [],
      conversationId: 'conv_1',
      actions: [{ kind: 'escalate' as const, label: 'Talk to a human', text: 'Talk to a human' }],
    };
    const last = trailerBlocks(data, 'msg_1').at(-1);
    expect(last).toMatchObject({
      type: 'actions',
      elements: [
        {
          action_id: 'frontdesk_reply_0',
          text: { text: 'Talk to a human' },
          value: 'conv_1|escalate|Talk to a human',
          style: 'primary',
        },
      ],
    });
  });
});
