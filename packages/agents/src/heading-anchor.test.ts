import { describe, expect, it } from 'vitest';
import { createAnchorSlugger, headingAnchor, plainHeading } from './heading-anchor.js';

describe('headingAnchor', () => {
  it('makes the anchors GitHub makes', () => {
    expect(headingAnchor('The reset email didn’t arrive')).toBe('the-reset-email-didnt-arrive');
    expect(headingAnchor('Free plan — $0')).toBe('free-plan--0');
    expect(headingAnchor('Step 2: Connect Slack')).toBe('step-2-connect-slack');
    expect(headingAnchor('Café au lait')).toBe('café-au-lait');
    expect(headingAnchor('snake_case and kebab-case')).toBe('snake_case-and-kebab-case');
  });
});

describe('plainHeading', () => {
  it('drops emphasis, code ticks, links and closing hashes', () => {
    expect(plainHeading('Use **the** `api` [docs](https://x.example) ##')).toBe('Use the api docs');
  });
});

describe('createAnchorSlugger', () => {
  it('numbers repeats without clashing with a heading that already ends in a number', () => {
    const nextAnchor = createAnchorSlugger();
    expect(['FAQ', 'FAQ-1', 'FAQ'].map(nextAnchor)).toEqual(['faq', 'faq-1', 'faq-2']);
  });
});
