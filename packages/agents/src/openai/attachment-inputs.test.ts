import { describe, expect, it } from 'vitest';
import {
  type AgentFiles,
  MAX_IMAGE_INPUT_BYTES,
  userContent,
  withoutFileLinks,
} from './attachment-inputs.js';

const id = (n: number) => `att_${String(n).padStart(20, '0')}`;
const line = (n: number, name: string) => `[📎 ${name}](attachment:${id(n)})`;

/** Files by number: a PNG of the given size, or none. */
function store(sizes: Record<number, number>): AgentFiles {
  return {
    async get(fileId) {
      const n = Number(fileId.slice(4));
      const size = sizes[n];
      if (size === undefined) return undefined;
      return {
        info: { name: `f${n}.png`, type: 'image/png', size },
        body: new Uint8Array(Math.min(size, 8)),
      };
    },
  };
}

describe('userContent', () => {
  it('keeps a message without file lines as plain text', async () => {
    expect(await userContent('Where is my order?', { files: store({}), imageInputs: true })).toBe(
      'Where is my order?',
    );
  });

  it('names an image too large to send, and a file that cannot be read, instead of sending them', async () => {
    const text = `look\n${line(1, 'huge.png')}\n${line(2, 'gone.png')}`;
    const content = await userContent(text, {
      files: store({ 1: MAX_IMAGE_INPUT_BYTES + 1 }),
      imageInputs: true,
    });
    expect(content).toBe(
      'look\nThe person attached the image "f1.png" (image/png, 5 MB); it is too large to show you.\n' +
        'The person attached "gone.png", which could not be read.',
    );
  });

  it('sends at most five images and names the rest', async () => {
    const lines = [1, 2, 3, 4, 5, 6].map((n) => line(n, `f${n}.png`)).join('\n');
    const content = await userContent(lines, {
      files: store({ 1: 8, 2: 8, 3: 8, 4: 8, 5: 8, 6: 8 }),
      imageInputs: true,
    });
    expect(Array.isArray(content) && content.filter((part) => part.type === 'image_url')).toHaveLength(5);
    expect(Array.isArray(content) && content[0]).toMatchObject({
      type: 'text',
      text: expect.stringContaining('"f6.png" (image/png, 1 KB); only the first 5 are shown.'),
    });
  });
});

describe('withoutFileLinks', () => {
  it('keeps each file as its name, without the link', () => {
    expect(withoutFileLinks(`see\n${line(1, 'a.png')}`)).toBe('see\n[📎 a.png]');
  });
});
