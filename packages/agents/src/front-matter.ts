/** Reads the YAML front matter at the top of a markdown file and checks its fields. */
import { parse } from 'yaml';

/** The fields Frontdesk reads from an article's front matter. */
export interface FrontMatter {
  title?: string;
  url?: string;
  summary?: string;
  tags: string[];
  /** The article's language, e.g. `de` (ISO 639-1). */
  lang?: string;
  /** The slug of the article this one translates, e.g. `reset-your-password`. */
  translationOf?: string;
}

/** The front matter of a file cannot be used; the message says which field and why. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/**
 * Splits a markdown file into its front matter and its body. A file without front matter has
 * empty attributes; front matter that is not valid YAML or has fields of the wrong type throws
 * a FrontMatterError.
 */
export function parseFrontMatter(source: string): { attributes: FrontMatter; body: string } {
  const opening = OPENING.exec(source);
  if (!opening) return { attributes: { tags: [] }, body: source.replace(/^\uFEFF/, '') };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new FrontMatterError('front matter is not closed with a `---` line');
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FrontMatterError(`front matter is not valid YAML: ${reason}`);
  }
  return { attributes: checkAttributes(data ?? {}), body };
}

function checkAttributes(data: unknown): FrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError(
      'front matter must be a mapping of fields (title, url, summary, tags, lang, translation_of)',
    );
  }
  const record = data as Record<string, unknown>;
  return {
    title: optionalText(record, 'title'),
    url: optionalText(record, 'url'),
    summary: optionalText(record, 'summary'),
    tags: tagList(record.tags),
    lang: languageCode(record),
    translationOf: optionalText(record, 'translation_of'),
  };
}

function optionalText(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new FrontMatterError(`\`${field}\` must be text`);
  const trimmed = value.trim();
  if (trimmed === '') throw new FrontMatterError(`\`${field}\` must not be empty`);
  return trimmed;
}

function languageCode(record: Record<string, unknown>): string | undefined {
  const value = optionalText(record, 'lang');
  if (value === undefined) return undefined;
  if (!/^[a-z]{2}$/i.test(value))
    throw new FrontMatterError('`lang` must be a two-letter language code, e.g. `de`');
  return value.toLowerCase();
}

function tagList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  // `tags: billing, refunds` is a common slip for a list; accept it.
  if (typeof value === 'string') return splitTags(value);
  if (!Array.isArray(value)) throw new FrontMatterError('`tags` must be a list of text');
  return value.flatMap((tag) => {
    if (typeof tag !== 'string' && typeof tag !== 'number') {
      throw new FrontMatterError('`tags` must be a list of text');
    }
    return splitTags(String(tag));
  });
}

function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}
