/** Sources as a Teams citation entity (`https://schema.org/Message`), so Teams shows them natively. */
import { chatWords, type Source } from '@frontdesk/core';
import { relevanceText, safeUrl } from './card.js';

/** Teams shows at most 20 citations; abstracts are cut at 160 characters. */
const MAX_CITATIONS = 20;
const MAX_ABSTRACT = 160;

/** `[1] [2]` markers that tie the text to the citation entity. */
export function citationMarkers(sources: Source[]): string {
  return sources
    .slice(0, MAX_CITATIONS)
    .map((_, index) => `[${index + 1}]`)
    .join(' ');
}

/** The entity, or undefined when there are no sources. Also marks the message as AI-generated. */
export function citationEntity(sources: Source[], language?: string): Record<string, unknown> | undefined {
  if (sources.length === 0) return undefined;
  const words = chatWords(language);
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    additionalType: ['AIGeneratedContent'],
    citation: sources.slice(0, MAX_CITATIONS).map((source, index) => {
      const url = safeUrl(source.url);
      return {
        '@type': 'Claim',
        position: index + 1,
        appearance: {
          '@type': 'DigitalDocument',
          name: source.name.slice(0, 80),
          abstract: `${source.name} (${relevanceText(source, words)})`.slice(0, MAX_ABSTRACT),
          ...(url ? { url } : {}),
        },
      };
    }),
  };
}
