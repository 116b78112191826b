import { describe, expect, it } from 'vitest';
import { absoluteLinks, excerpt, splitBlocks } from './markdown-excerpt.js';

const steps = [
  'Follow these steps:',
  '1. Open **Settings**.',
  '2. Click **Export**, then wait',
  '   for the email.',
  '3. Download the file.',
  '',
  'The link works for 7 days.',
].join('\n');

describe('splitBlocks', () => {
  it('keeps list items with their continuation lines and remembers tight and loose gaps', () => {
    expect(splitBlocks(steps)).toEqual([
      { text: 'Follow these steps:', gap: '\n\n' },
      { text: '1. Open **Settings**.', gap: '\n' },
      { text: '2. Click **Export**, then wait\n   for the email.', gap: '\n' },
      { text: '3. Download the file.', gap: '\n' },
      { text: 'The link works for 7 days.', gap: '\n\n' },
    ]);
  });

  it('keeps a code block whole, blank lines and # comments included', () => {
    const blocks = splitBlocks('Run:\n\n```sh\n# install\n\nnpm i\n```\nDone.');
    expect(blocks.map((block) => block.text)).toEqual(['Run:', '```sh\n# install\n\nnpm i\n```', 'Done.']);
  });

  it('turns deeper headings into bold lines', () => {
    expect(splitBlocks('#### On Android\nText').map((block) => block.text)).toEqual([
      '**On Android**',
      'Text',
    ]);
  });
});

describe('excerpt', () => {
  it('returns short markdown unchanged', () => {
    expect(excerpt(steps, 1000)).toEqual({ text: steps, truncated: false });
  });

  it('cuts between list items, never inside one', () => {
    const { text, truncated } = excerpt(steps, 90);
    expect(truncated).toBe(true);
    expect(text).toBe(
      'Follow these steps:\n1. Open **Settings**.\n2. Click **Export**, then wait\n   for the email.',
    );
  });

  it('drops a lead-in ending with ":" when nothing after it fits', () => {
    expect(excerpt('Intro paragraph.\n\nDo this:\n\n```\na very long code block line\n```', 40).text).toBe(
      'Intro paragraph.',
    );
  });

  it('cuts a first block that is too long at a sentence end', () => {
    const long = 'First sentence is here. Second sentence is a little longer. Third one never fits in.';
    expect(excerpt(long, 70)).toEqual({
      text: 'First sentence is here. Second sentence is a little longer. …',
      truncated: true,
    });
  });
});

describe('absoluteLinks', () => {
  it('joins site-relative link targets to the public url and leaves others alone', () => {
    const markdown = 'See [Sign-in](/kb/sign-in), [docs](https://x.example/a) and [cdn](//cdn.example/x).';
    expect(absoluteLinks(markdown, 'https://help.example/')).toBe(
      'See [Sign-in](https://help.example/kb/sign-in), [docs](https://x.example/a) and [cdn](//cdn.example/x).',
    );
    expect(absoluteLinks(markdown, undefined)).toBe(markdown);
  });
});
