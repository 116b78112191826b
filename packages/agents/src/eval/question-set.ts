/** Reads and checks a labelled question set for the answer-quality eval. */
import { readFile } from 'node:fs/promises';

/** One labelled question, as a customer would write it. */
export interface EvalQuestion {
  id: string;
  /** The asker's language (ISO 639-1). */
  lang: string;
  text: string;
  /** The article (its slug, or the slug its translations share) that answers it; null when nothing should. */
  expect: string | null;
  /** `tune`: may be looked at while tuning; `held-out`: only ever scored. */
  split: 'tune' | 'held-out';
}

const FIELDS = new Set(['id', 'lang', 'text', 'expect', 'split']);

/** Reads a JSON array of questions; throws naming the question and field that are wrong. */
export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of questions`);
  const seen = new Set<string>();
  return data.map((item: unknown, position) => {
    const question = checkQuestion(item, `${file}[${position}]`);
    if (seen.has(question.id)) throw new Error(`${file}: question id ${question.id} is used twice`);
    seen.add(question.id);
    return question;
  });
}

function checkQuestion(item: unknown, where: string): EvalQuestion {
  if (typeof item !== 'object' || item === null) throw new Error(`${where}: expected an object`);
  const record = item as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key)) throw new Error(`${where}: unknown field \`${key}\``);
  }
  const text = (field: string) => {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '')
      throw new Error(`${where}: \`${field}\` must be text`);
    return value;
  };
  const expect = record.expect ?? null;
  if (expect !== null && typeof expect !== 'string')
    throw new Error(`${where}: \`expect\` must be a slug or null`);
  const split = record.split ?? 'tune';
  if (split !== 'tune' && split !== 'held-out')
    throw new Error(`${where}: \`split\` must be tune or held-out`);
  return { id: text('id'), lang: text('lang'), text: text('text'), expect, split };
}
