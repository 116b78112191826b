import { describe, expect, it } from 'vitest';
import { openingTitle, splitSections } from './sections.js';

const article = { slug: 'guides/setup', title: 'Set up' };

describe('splitSections', () => {
  it('splits at #, ## and ### headings, with anchors, levels and the article title', () => {
    const markdown =
      'Intro text.\n\n## First step\n\nDo this.\n\n### Details *here*\n\nMore.\n\n#### Not a split\n\nStill details.';
    const sections = splitSections(markdown, article);

    expect(sections.map(({ heading, anchor, level }) => ({ heading, anchor, level }))).toEqual([
      { heading: 'Set up', anchor: '', level: 0 },
      { heading: 'First step', anchor: 'first-step', level: 2 },
      { heading: 'Details here', anchor: 'details-here', level: 3 },
    ]);
    expect(sections[0]).toMatchObject({ id: 'guides/setup', text: 'Intro text.', articleTitle: 'Set up' });
    expect(sections[1]).toMatchObject({ id: 'guides/setup#first-step', text: 'Do this.' });
    expect(sections[2]?.text).toBe('More.\n\n#### Not a split\n\nStill details.');
  });

  it('treats an opening `# Title` as part of the top section', () => {
    const sections = splitSections('# Set up\n\nIntro.\n\n## Next\n\nText.', article);
    expect(sections.map((section) => [section.heading, section.text])).toEqual([
      ['Set up', 'Intro.'],
      ['Next', 'Text.'],
    ]);
  });

  it('ignores headings inside code fences', () => {
    const sections = splitSections('Run:\n\n```bash\n# a comment\nls\n```\n\n## After\n\nDone.', article);
    expect(sections).toHaveLength(2);
    expect(sections[0]?.text).toBe('Run:\n\n```bash\n# a comment\nls\n```');
  });

  it('numbers repeated headings like GitHub does', () => {
    const sections = splitSections('## Setup\n\na\n\n## Setup\n\nb\n\n## Setup\n\nc', article);
    expect(sections.slice(1).map((section) => section.anchor)).toEqual(['setup', 'setup-1', 'setup-2']);
  });
});

describe('openingTitle', () => {
  it('reads the text of an opening level-1 heading only', () => {
    expect(openingTitle('\n# Export `your` data\n\nText')).toBe('Export your data');
    expect(openingTitle('Text first\n# Heading')).toBeUndefined();
    expect(openingTitle('## Not level one')).toBeUndefined();
  });
});
