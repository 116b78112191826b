import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestions } from './question-set.js';

describe('loadQuestions', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-questions-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const write = async (data: unknown) => {
    const file = path.join(dir, 'questions.json');
    await writeFile(file, JSON.stringify(data));
    return file;
  };

  it('reads questions, with null for out-of-scope ones and tune as the default split', async () => {
    const file = await write([
      { id: 'q1', lang: 'en', text: 'how do i get a refund', expect: 'refund-policy' },
      { id: 'q2', lang: 'de', text: 'wie wird das wetter', expect: null, split: 'held-out' },
    ]);
    expect(await loadQuestions(file)).toEqual([
      { id: 'q1', lang: 'en', text: 'how do i get a refund', expect: 'refund-policy', split: 'tune' },
      { id: 'q2', lang: 'de', text: 'wie wird das wetter', expect: null, split: 'held-out' },
    ]);
  });

  it('names the question and field that are wrong', async () => {
    await expect(
      loadQuestions(await write([{ id: 'q1', lang: 'en', text: 'x', answer: 'y' }])),
    ).rejects.toThrow(/\[0\]: unknown field `answer`/);
    await expect(loadQuestions(await write([{ id: 'q1', lang: 'en', text: '' }]))).rejects.toThrow(
      /`text` must be text/,
    );
    await expect(
      loadQuestions(
        await write([
          { id: 'q1', lang: 'en', text: 'a' },
          { id: 'q1', lang: 'en', text: 'b' },
        ]),
      ),
    ).rejects.toThrow(/q1 is used twice/);
  });
});
