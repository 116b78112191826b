/** Splits an answer into small pieces at word boundaries, for streaming it as text deltas. */

/** Chunks of `wordsPerChunk` words that, joined, give back `text` exactly (spacing and line breaks kept). */
export function chunkText(text: string, wordsPerChunk = 4): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? (text === '' ? [] : [text]);
  const chunks: string[] = [];
  for (let start = 0; start < words.length; start += wordsPerChunk) {
    chunks.push(words.slice(start, start + wordsPerChunk).join(''));
  }
  return chunks;
}
